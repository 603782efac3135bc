package io.briefing.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * Where a line of the PDF may end: the Unicode line-breaking algorithm (UAX #14, ICU4J) for the
 * briefing's language, so a Chinese line never starts with closing punctuation (），、。」) nor ends
 * with opening punctuation (（「), a number keeps its unit and an English word is not cut.
 *
 * <p>OpenPDF asks a chunk's split character whether a line may end after a character. Inside a table
 * cell (ColumnText) it asks with the text of the whole paragraph, every chunk of it, so the answer
 * holds across a change of face (a bold figure followed by "）、"); text outside cells is set in cells
 * for that reason ({@link PageLayout#flow}). The breaks of a text are found once and kept until the
 * text changes; one instance serves one document, on one thread.
 */
final class LineBreaks implements SplitCharacter {
    private final BreakIterator rules;
    /** The text whose breaks are known: the array OpenPDF passed, its length and a copy of its content. */
    private char[] knownArray;
    private int knownEnd = -1;
    private char[] knownText = new char[0];
    /** The last index asked about: OpenPDF asks in increasing order along a line, so a lower one starts a line. */
    private int lastAsked = Integer.MAX_VALUE;
    /** Bit i set: a line may start at index i. */
    private final BitSet breaks = new BitSet();

    LineBreaks(Locale language) {
        this.rules = BreakIterator.getLineInstance(ULocale.forLocale(language));
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current + 1 >= end) {
            return true; // the end of the text: the line ends here anyway
        }
        // the same array may hold the next paragraph: its content is compared where a line starts
        boolean lineStart = current <= lastAsked;
        lastAsked = current;
        if (cc != knownArray || end != knownEnd || (lineStart && !Arrays.equals(cc, 0, end, knownText, 0, end))) {
            learn(cc, end);
        }
        // a raised source marker belongs to the figure before it: no break between them (seen "4.3億" / "[7]。")
        if (ck != null && current + 1 < ck.length && ck[current] != null && ck[current + 1] != null
                && ck[current + 1].getTextRise() > 0 && ck[current].getTextRise() <= 0) {
            return false;
        }
        // tailoring for Chinese (UAX #14 allows the break): a number keeps the character that counts it,
        // "18日", "4.3億", "200億元" (seen "2024年12月18" / "日" in a table cell)
        if (Character.isDigit(cc[current]) && Character.UnicodeScript.of(cc[current + 1]) == Character.UnicodeScript.HAN) {
            return false;
        }
        return breaks.get(current + 1);
    }

    /**
     * The baseline shift of a figure's chunks, a thousandth of a point: the mark by which a break inside
     * a figure is known, since OpenPDF's PdfChunk shows nothing else of its chunk (its face, its split
     * character) to a split character. A figure in Chinese is several chunks ("約" CJK, "21" Latin,
     * "億歐元" CJK).
     */
    static final float FIGURE_RISE = -0.001f;

    /**
     * These breaks, except inside a figure (chunks set with {@link #FIGURE_RISE}): a line may end before
     * or after it, not inside it. A figure too long for a line still breaks where OpenPDF must.
     */
    SplitCharacter whole() {
        return (start, current, end, cc, ck) -> {
            if (ck != null && current + 1 < end && current + 1 < ck.length && ck[current] != null && ck[current + 1] != null
                    && ck[current].getTextRise() == FIGURE_RISE && ck[current + 1].getTextRise() == FIGURE_RISE) {
                return false;
            }
            return isSplitCharacter(start, current, end, cc, ck);
        };
    }

    private void learn(char[] cc, int end) {
        knownArray = cc;
        knownEnd = end;
        knownText = Arrays.copyOf(cc, end);
        breaks.clear();
        rules.setText(new String(cc, 0, end));
        for (int b = rules.first(); b != BreakIterator.DONE; b = rules.next()) {
            breaks.set(b);
        }
    }
}
