package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import io.briefing.i18n.Language;
import io.briefing.model.Block;
import io.briefing.model.SourceNote;

/** The numbered sources: for every figure shown, the fact, the quote that states it, who reported it, its check. */
final class SourcesLayout extends PageLayout {
    SourcesLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Sources block) {
        heading(block.heading());
        String article = b.sources().isEmpty() ? "" : b.labels().get("sources.article", b.sources().get(0).article());
        // the article's title may end a sentence itself ("經歷了什麼？"): no second mark after it
        String end = article.matches("(?s).*[.!?。！？]$") ? (b.language() == Language.ZH ? "" : " ") : b.labels().get("sentence.end");
        String coverage = b.info().coverage().isEmpty() ? "" : end + b.info().coverage();
        Paragraph intro = s.paragraph(block.intro() + article + coverage, s.sourceMuted);
        intro.setSpacingAfter(4);
        flow(intro);
        notes(block.notes(), "");
        if (!block.previous().isEmpty()) {
            Paragraph prev = s.paragraph(block.previousIntro(), s.sourceMuted);
            prev.setSpacingBefore(6);
            prev.setSpacingAfter(4);
            flow(prev);
            notes(block.previous(), "P");
        }
    }

    private void notes(java.util.List<SourceNote> notes, String prefix) {
        java.util.List<Paragraph> ps = new java.util.ArrayList<>();
        for (SourceNote n : notes) {
            Paragraph p = s.paragraph("", s.small);
            // tight: 1.3 font sizes and 1.5 pt between notes save 1.2 pt a line and 1.5 a note, enough to
            // pull the 2–10 lines of a nearly empty last page back in the shipped PDFs
            p.setLeading(s.small.getSize() * (tight ? 1.3f : 1.45f));
            p.setSpacingAfter(tight ? 1.5f : 3);
            p.setIndentationLeft(18);
            p.setFirstLineIndent(-18);
            p.setKeepTogether(true);
            Chunk anchor = s.chunk("[" + prefix + n.number() + "] ", s.tableBodyBold);
            anchor.setLocalDestination("src-" + prefix + n.number());
            p.add(anchor);
            s.add(p, n.label() + (n.value().isEmpty() ? "" : ": " + n.value()), s.tableBodyBold);
            // 「…」 in a Chinese briefing and around a Chinese quote; “…” around English in an English one
            // (in Chinese text the CJK face sets “” full-width, heavy and wide around Latin words)
            boolean han = n.quote().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            s.add(p, han || b.language() == Language.ZH ? "   「" + n.quote() + "」" : "   “" + n.quote() + "”", s.small);
            // no-break spaces around the dash and before the dot: a line may not end with "—" or "·", what
            // they introduce on the next (seen "— Securities Times ·" / "verified")
            s.add(p, "  \u00a0—\u00a0" + n.reporter() + "\u00a0· ", s.sourceMuted);
            s.add(p, n.verified() ? n.status() : b.labels().get("status.flag-mark") + " " + n.status(),
                    n.verified() ? s.sourceMuted : s.flag);
            ps.add(p);
        }
        // the list's last two notes go together: the last never stands alone on a page of its own
        // (seen on Letter: a two-line note alone on page 3)
        int alone = ps.size() >= 3 ? ps.size() - 2 : ps.size();
        ps.subList(0, alone).forEach(this::flow);
        if (alone < ps.size()) {
            flowTogether(ps.subList(alone, ps.size()));
        }
    }
}
