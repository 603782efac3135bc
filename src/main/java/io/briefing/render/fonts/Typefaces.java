package io.briefing.render.fonts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two typefaces of a briefing and which one sets each character: Latin letters, digits and
 * punctuation in the Latin face, everything else in the CJK face. Punctuation both scripts use
 * (curly quotes, dashes, the ellipsis, the middle dot) follows the language of the briefing:
 * half-width in the Latin face in English, full-width in the CJK face in Chinese.
 *
 * @param latin empty when the machine has no Latin family; then everything is set in the CJK face
 */
public record Typefaces(CjkFonts cjk, Optional<LatinFonts> latin) {
    /** A stretch of text set in one face. */
    public record Run(String text, boolean latin) {}

    /** Splits text into runs by face; a space joins the run it follows, so words are not cut into one-letter runs. */
    public List<Run> runs(String text, boolean chinese) {
        List<Run> runs = new ArrayList<>(2);
        if (latin.isEmpty() || text.isEmpty()) {
            runs.add(new Run(text, false));
            return runs;
        }
        StringBuilder current = new StringBuilder();
        Boolean face = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean l = c == ' ' && face != null ? face : isLatin(c, chinese);
            if (face != null && l != face) {
                runs.add(new Run(current.toString(), face));
                current.setLength(0);
            }
            face = l;
            current.appendCodePoint(c);
        }
        runs.add(new Run(current.toString(), face));
        return runs;
    }

    /** True when the Latin face sets this character in a briefing of this language. */
    public boolean isLatin(int c, boolean chinese) {
        if (latin.isEmpty() || c >= 0x2E80) {
            // from the CJK radicals on: ideographs, kana, full-width forms
            return false;
        }
        if (chinese && sharedPunctuation(c)) {
            return false;
        }
        return latin.get().covers(c);
    }

    /** Marks that Chinese sets full-width and English half-width. */
    private static boolean sharedPunctuation(int c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201C', '\u201D', '\u2014', '\u2026', '\u00B7', '\u2027' -> true;
            default -> false;
        };
    }

    /**
     * The AWT face for a chart whose texts are these: the Latin face when it can draw all of them, so
     * that a chart in English is set like the page around it; else the CJK face, which draws both.
     */
    public Font awtFor(Iterable<String> texts, boolean bold, float size) {
        if (latin.isPresent()) {
            boolean all = true;
            for (String t : texts) {
                if (t != null && !t.codePoints().allMatch(c -> isLatin(c, false) || Character.isWhitespace(c))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return latin.get().awt(bold, size);
            }
        }
        return cjk.awt(bold, size);
    }

    public String description() {
        return cjk.description() + latin.map(l -> "; Latin: " + l.description()).orElse("; no Latin font found");
    }
}
