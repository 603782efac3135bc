package io.briefing.render.xlsx;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Gives every entry of a workbook's zip one fixed modification time, in place, so the same
 * briefing gives the same bytes (POI stamps entries with the time of writing). Only the time fields
 * of the local headers, the central directory and any extended-timestamp extra fields are
 * overwritten; nothing is recompressed, so a workbook of a million rows costs no second deflate.
 */
final class ZipNormalizer {
    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    private ZipNormalizer() {}

    static byte[] normalize(byte[] zip, long epochMillis) throws IOException {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC);
        int dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        int dosDate = ((t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        long unix = epochMillis / 1000;
        int end = findEnd(zip);
        int entries = u16(zip, end + 10);
        int cd = (int) u32(zip, end + 16);
        int p = cd;
        for (int i = 0; i < entries; i++) {
            if (u32(zip, p) != (CENTRAL & 0xffffffffL)) {
                throw new IOException("unexpected zip layout at central entry " + i);
            }
            put16(zip, p + 12, dosTime);
            put16(zip, p + 14, dosDate);
            int nameLen = u16(zip, p + 28);
            int extraLen = u16(zip, p + 30);
            int commentLen = u16(zip, p + 32);
            int local = (int) u32(zip, p + 42);
            patchExtra(zip, p + 46 + nameLen, extraLen, unix);
            if (u32(zip, local) != (LOCAL & 0xffffffffL)) {
                throw new IOException("unexpected zip layout at local header of entry " + i);
            }
            put16(zip, local + 10, dosTime);
            put16(zip, local + 12, dosDate);
            patchExtra(zip, local + 30 + u16(zip, local + 26), u16(zip, local + 28), unix);
            p += 46 + nameLen + extraLen + commentLen;
        }
        return zip;
    }

    /** Extended timestamp (0x5455) and NTFS (0x000a) fields carry times of their own. */
    private static void patchExtra(byte[] b, int from, int len, long unix) {
        int p = from;
        while (p + 4 <= from + len) {
            int id = u16(b, p);
            int size = u16(b, p + 2);
            int data = p + 4;
            if (id == 0x5455 && size >= 1) {
                int flags = b[data] & 0xff;
                int q = data + 1;
                for (int bit = 0; bit < 3 && q + 4 <= data + size; bit++) {
                    if ((flags & (1 << bit)) != 0) {
                        put32(b, q, unix);
                        q += 4;
                    }
                }
            } else if (id == 0x000a && size >= 32) {
                long ntfs = (unix + 11_644_473_600L) * 10_000_000L;
                for (int k = 0; k < 3; k++) {
                    put64(b, data + 8 + k * 8, ntfs);
                }
            }
            p = data + size;
        }
    }

    private static int findEnd(byte[] b) throws IOException {
        for (int p = b.length - 22; p >= Math.max(0, b.length - 22 - 65_535); p--) {
            if (u32(b, p) == (END & 0xffffffffL)) {
                return p;
            }
        }
        throw new IOException("not a zip file: no end of central directory");
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xffffffffL;
    }

    private static void put16(byte[] b, int p, int v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
    }

    private static void put32(byte[] b, int p, long v) {
        put16(b, p, (int) (v & 0xffff));
        put16(b, p + 2, (int) ((v >>> 16) & 0xffff));
    }

    private static void put64(byte[] b, int p, long v) {
        put32(b, p, v & 0xffffffffL);
        put32(b, p + 4, v >>> 32);
    }
}
