package io.briefing.render.xlsx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Gives every entry of a workbook's zip one fixed modification time, in place, so the same
 * briefing gives the same bytes (POI stamps entries with the time of writing). Only the time fields
 * of the local headers, the central directory and any extended-timestamp extra fields are
 * overwritten; nothing is read back whole or recompressed, so a workbook of a million rows costs
 * a few small reads.
 */
final class ZipNormalizer {
    private static final long LOCAL = 0x04034b50L;
    private static final long CENTRAL = 0x02014b50L;
    private static final long END = 0x06054b50L;

    private ZipNormalizer() {}

    static void normalize(Path zip, long epochMillis) throws IOException {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC);
        int dosTime = (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() / 2);
        int dosDate = ((t.getYear() - 1980) << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth();
        long unix = epochMillis / 1000;
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            int tailLen = (int) Math.min(size, 22 + 65_535);
            ByteBuffer tail = read(ch, size - tailLen, tailLen);
            int end = -1;
            for (int p = tailLen - 22; p >= 0; p--) {
                if (u32(tail, p) == END) {
                    end = p;
                    break;
                }
            }
            if (end < 0) {
                throw new IOException("not a zip file: no end of central directory");
            }
            int entries = u16(tail, end + 10);
            int cdSize = (int) u32(tail, end + 12);
            long cdOffset = u32(tail, end + 16);
            ByteBuffer cd = read(ch, cdOffset, cdSize);
            int p = 0;
            for (int i = 0; i < entries; i++) {
                if (u32(cd, p) != CENTRAL) {
                    throw new IOException("unexpected zip layout at central entry " + i);
                }
                cd.putShort(p + 12, (short) dosTime);
                cd.putShort(p + 14, (short) dosDate);
                int nameLen = u16(cd, p + 28);
                int extraLen = u16(cd, p + 30);
                int commentLen = u16(cd, p + 32);
                long local = u32(cd, p + 42);
                patchExtra(cd, p + 46 + nameLen, extraLen, unix);
                ByteBuffer head = read(ch, local, 30);
                if (u32(head, 0) != LOCAL) {
                    throw new IOException("unexpected zip layout at local header of entry " + i);
                }
                head.putShort(10, (short) dosTime);
                head.putShort(12, (short) dosDate);
                write(ch, local, head);
                int localExtra = u16(head, 28);
                if (localExtra > 0) {
                    long extraAt = local + 30 + u16(head, 26);
                    ByteBuffer extra = read(ch, extraAt, localExtra);
                    patchExtra(extra, 0, localExtra, unix);
                    write(ch, extraAt, extra);
                }
                p += 46 + nameLen + extraLen + commentLen;
            }
            write(ch, cdOffset, cd);
        }
    }

    /** Extended timestamp (0x5455) and NTFS (0x000a) fields carry times of their own. */
    private static void patchExtra(ByteBuffer b, int from, int len, long unix) {
        int p = from;
        while (p + 4 <= from + len) {
            int id = u16(b, p);
            int size = u16(b, p + 2);
            int data = p + 4;
            if (id == 0x5455 && size >= 1) {
                int flags = b.get(data) & 0xff;
                int q = data + 1;
                for (int bit = 0; bit < 3 && q + 4 <= data + size; bit++) {
                    if ((flags & (1 << bit)) != 0) {
                        b.putInt(q, (int) unix);
                        q += 4;
                    }
                }
            } else if (id == 0x000a && size >= 32) {
                long ntfs = (unix + 11_644_473_600L) * 10_000_000L;
                for (int k = 0; k < 3; k++) {
                    b.putLong(data + 8 + k * 8, ntfs);
                }
            }
            p = data + size;
        }
    }

    private static ByteBuffer read(FileChannel ch, long at, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("zip file ends early");
            }
        }
        return b.clear();
    }

    private static void write(FileChannel ch, long at, ByteBuffer b) throws IOException {
        b.clear();
        while (b.hasRemaining()) {
            ch.write(b, at + b.position());
        }
    }

    private static int u16(ByteBuffer b, int p) {
        return b.getShort(p) & 0xffff;
    }

    private static long u32(ByteBuffer b, int p) {
        return b.getInt(p) & 0xffffffffL;
    }
}
