package io.briefing.i18n;

/**
 * Sets the punctuation of Chinese text full-width, as Chinese typography does: a comma, colon,
 * semicolon, bracket, exclamation or question mark that touches a Chinese character becomes its
 * full-width form (",:;()!?" → "，：；（）！？"), and the spaces around it go, since the full-width
 * form carries its own. Between Latin letters or digits ("1,000", "(Wind)") nothing changes. A
 * bracket pair changes together, so "(Wind）" cannot happen within one text.
 */
public final class ChinesePunctuation {
    private ChinesePunctuation() {}

    public static String fullWidth(String text) {
        char[] out = text.toCharArray();
        return widen(out) ? dropSpaces(out, 0, out.length) : text;
    }

    /**
     * The runs of one paragraph (plain text, a bold figure, plain text again), set as one text: a
     * bracket opened in one run and closed in another changes as a pair ("智譜AI（200億元以上）", not
     * "智譜AI(200億元以上）"), and a mark between runs sees the characters on both sides.
     */
    public static java.util.List<String> fullWidth(java.util.List<String> runs) {
        char[] out = String.join("", runs).toCharArray();
        if (!widen(out)) {
            return runs;
        }
        java.util.List<String> set = new java.util.ArrayList<>(runs.size());
        int at = 0;
        for (String r : runs) {
            set.add(dropSpaces(out, at, at + r.length()));
            at += r.length();
        }
        return set;
    }

    /** Widens the marks of the text in place, one character for one; whether any changed. */
    private static boolean widen(char[] out) {
        int n = out.length;
        boolean changed = false;
        int[] open = new int[8];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            switch (c) {
                case ',', ':', ';', '!', '?' -> {
                    // beside a Chinese character on either side: "OpenAI: 長達12天" is Chinese text, its colon
                    // full-width; between Latin letters or digits ("1,000", "est.: ok") it stays
                    if (chinese(before(out, i)) || chinese(after(out, i))) {
                        out[i] = wide(c);
                        changed = true;
                    }
                }
                case '(' -> {
                    if (depth < open.length) {
                        open[depth++] = i;
                    }
                }
                case ')' -> {
                    if (depth > 0) {
                        int o = open[--depth];
                        if (chinese(before(out, o)) || chinese(after(out, i)) || chinese(after(out, o))) {
                            out[o] = '（';
                            out[i] = '）';
                            changed = true;
                        }
                    } else if (chinese(after(out, i)) || chinese(before(out, i))) {
                        out[i] = '）';
                        changed = true;
                    }
                }
                default -> { }
            }
        }
        for (int k = 0; k < depth; k++) {
            int o = open[k];
            if (chinese(before(out, o)) || chinese(after(out, o))) {
                out[o] = '（';
                changed = true;
            }
        }
        return changed;
    }

    /** Characters from..to of the text, without the spaces beside a full-width mark: it carries its own. */
    private static String dropSpaces(char[] out, int from, int to) {
        int n = out.length;
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = out[i];
            if (c == ' ' && ((i > 0 && fullWidthMark(out[i - 1])) || (i + 1 < n && fullWidthMark(out[i + 1])))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static char wide(char c) {
        // the full-width forms block mirrors ASCII at an offset of 0xFEE0
        return (char) (c + 0xFEE0);
    }

    private static boolean fullWidthMark(char c) {
        return c == '，' || c == '：' || c == '；' || c == '（' || c == '）' || c == '！' || c == '？';
    }

    /** The nearest character before i that is not a space, or 0. */
    private static char before(char[] s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s[k] != ' ') {
                return s[k];
            }
        }
        return 0;
    }

    private static char after(char[] s, int i) {
        for (int k = i + 1; k < s.length; k++) {
            if (s[k] != ' ') {
                return s[k];
            }
        }
        return 0;
    }

    private static boolean chinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60);
    }
}
