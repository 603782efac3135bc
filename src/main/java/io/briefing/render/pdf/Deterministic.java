package io.briefing.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;


/**
 * Makes OpenPDF's output depend on its inputs only. OpenPDF seeds the document /ID from the clock
 * and names font subsets with random six-letter tags; both are replaced in place, with values of
 * the same length derived from the content, so no offset in the cross-reference table moves.
 */
final class Deterministic {
    private Deterministic() {}

    static byte[] apply(byte[] pdf) {
        replaceSubsetTags(pdf);
        fillIds(pdf, "0");
        String hex = HexFormat.of().withUpperCase().formatHex(sha256(pdf));
        fillIds(pdf, hex + hex);
        return pdf;
    }

    private static void fillIds(byte[] pdf, String hex) {
        byte[] marker = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
        // the id stands in the trailer, at the end of the file
        int from = Math.max(0, pdf.length - 4096);
        for (int i = indexOf(pdf, marker, from); i >= 0; i = indexOf(pdf, marker, i + 1)) {
            int p = i + marker.length;
            for (int part = 0; part < 2; part++) {
                int k = 0;
                while (p < pdf.length && pdf[p] != '>') {
                    pdf[p++] = (byte) hex.charAt(k++ % hex.length());
                }
                // skip "><" between the two halves of the id
                p += 2;
            }
        }
    }

    /**
     * Subset names look like /ABCDEF+FontName: six capitals and a plus after a slash. Each distinct
     * tag is renamed by the order it first appears in, so every reference to one subset stays equal.
     */
    private static void replaceSubsetTags(byte[] pdf) {
        Map<String, String> renamed = new HashMap<>();
        for (int i = 0; i + 8 < pdf.length; i++) {
            if (pdf[i] == '/' && pdf[i + 7] == '+' && capitals(pdf, i + 1)) {
                String old = new String(pdf, i + 1, 6, StandardCharsets.ISO_8859_1);
                String tag = renamed.computeIfAbsent(old, o -> tagFor(renamed.size()));
                for (int k = 0; k < 6; k++) {
                    pdf[i + 1 + k] = (byte) tag.charAt(k);
                }
            }
        }
    }

    private static String tagFor(int ordinal) {
        StringBuilder sb = new StringBuilder("BRF");
        int n = ordinal;
        for (int k = 0; k < 3; k++) {
            sb.append((char) ('A' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }

    private static boolean capitals(byte[] b, int from) {
        for (int k = 0; k < 6; k++) {
            if (b[from + k] < 'A' || b[from + k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
