package io.briefing.provenance;

import io.briefing.figures.FigureReader;
import java.text.Normalizer;
import java.util.Arrays;


/**
 * The form texts are compared in: full-width forms folded to half-width (NFKC), white space
 * dropped, and the punctuation pairs that converters and editors swap (，/, “/" 、/,) made equal.
 * Each character of the folded text remembers its offset in the original, so a match can be shown.
 */
final class MatchText {
    final String folded;
    final int[] origin;

    private MatchText(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static MatchText of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] origin = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            String f = fold(c);
            for (int k = 0; k < f.length(); k++) {
                if (n >= origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[n++] = i;
                sb.append(f.charAt(k));
            }
        }
        return new MatchText(sb.toString(), Arrays.copyOf(origin, n + 1));
    }

    static String fold(char c) {
        switch (c) {
            case '“', '”', '「', '」', '『', '』', '〝', '〞', '＂', '"':
                return "\"";
            case '‘', '’', '\'':
                return "'";
            case '，', '、', '﹐':
                return ",";
            case '。', '．':
                return ".";
            case '：':
                return ":";
            case '；':
                return ";";
            case '（':
                return "(";
            case '）':
                return ")";
            default:
                String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
                return n.length() == 1 ? n : String.valueOf(c);
        }
    }

    /** A-Z made a-z, nothing else: the text keeps its length, so offsets into it stay valid. */
    static String lowerAscii(String s) {
        return FigureReader.lowerAscii(s);
    }

    static String foldAll(String s) {
        return of(s).folded;
    }
}
