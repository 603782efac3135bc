package io.briefing.input;

/**
 * The one rule for text that can reach an output file, applied where text enters (the fact table's
 * fields, every YAML value of manifests and templates): characters that XML 1.0 and PDF cannot carry
 * are replaced the same way, whatever file they came from. A control character (other than tab and
 * line breaks) becomes a space — it was invisible and may stand inside a number ("8\u000b4.03%"), which
 * the checks then read as two numbers; a lone surrogate or a non-character (U+FFFE, U+FFFF) becomes
 * U+FFFD, the replacement character.
 */
public final class CleanText {
    private CleanText() {}

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && fine(s, i)) {
            i++;
        }
        if (i == n) {
            return s; // the usual case: nothing to replace, no copy
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean fine(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c <= 0x9F || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
