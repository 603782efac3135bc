package io.briefing.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a workbook's zip with one fixed time on every entry, keeping the entries' order, so the
 * same briefing gives the same bytes (POI stamps entries with the time of writing).
 */
final class ZipNormalizer {
    private ZipNormalizer() {}

    static byte[] normalize(byte[] zip, long epochMillis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            ZipArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                // local time fields are written from this value; use UTC-based millis of the as-of date
                copy.setTime(epochMillis);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
