package io.briefing.provenance;

import java.util.List;

/**
 * Normalizes the damaged source article: repairs mojibake passages first (their bytes include the
 * pinyin that followed them), then removes pinyin annotations. The original is never changed.
 */
public final class SourceCleaner {
    /** The normalized text and what was done to get it. */
    public record Cleaned(String text, int annotationsRemoved, List<MojibakeRepair.Passage> passages) {}

    private SourceCleaner() {}

    public static Cleaned clean(String raw) {
        List<MojibakeRepair.Passage> passages = MojibakeRepair.repairAll(raw);
        StringBuilder sb = new StringBuilder(raw.length());
        int at = 0;
        for (MojibakeRepair.Passage p : passages) {
            sb.append(raw, at, p.start());
            sb.append(p.repaired());
            at = p.end();
        }
        sb.append(raw.substring(at));
        PinyinAnnotations.Result stripped = PinyinAnnotations.strip(sb.toString());
        return new Cleaned(stripped.text(), stripped.removed(), passages);
    }
}
