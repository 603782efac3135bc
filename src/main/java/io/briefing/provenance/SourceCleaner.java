package io.briefing.provenance;

import java.util.List;

/**
 * Normalizes the damaged source article: repairs mojibake passages first (their bytes include the
 * pinyin that followed them), then removes pinyin annotations. The original is never changed.
 */
public final class SourceCleaner {
    /**
     * The normalized text and what was done to get it.
     *
     * @param text   the repaired text, what quotes are matched against
     * @param marked the same text for a person to read: each character that rests on a guessed byte is
     *               in ⟨⟩ and each that could not be recovered is 〔?〕, so nothing guessed passes unmarked
     */
    public record Cleaned(String text, String marked, int annotationsRemoved, List<MojibakeRepair.Passage> passages) {}

    private SourceCleaner() {}

    public static Cleaned clean(String raw) {
        List<MojibakeRepair.Passage> passages = MojibakeRepair.repairAll(raw);
        PinyinAnnotations.Result stripped = PinyinAnnotations.strip(splice(raw, passages, false));
        String marked = PinyinAnnotations.strip(splice(raw, passages, true)).text();
        return new Cleaned(stripped.text(), marked, stripped.removed(), passages);
    }

    /** The text with each damaged passage replaced by its repair (marked or plain); the rest is kept as it is. */
    private static String splice(String raw, List<MojibakeRepair.Passage> passages, boolean marked) {
        StringBuilder sb = new StringBuilder(raw.length());
        int at = 0;
        for (MojibakeRepair.Passage p : passages) {
            sb.append(raw, at, p.start());
            sb.append(marked ? p.annotated() : p.repaired());
            at = p.end();
        }
        return sb.append(raw, at, raw.length()).toString();
    }
}
