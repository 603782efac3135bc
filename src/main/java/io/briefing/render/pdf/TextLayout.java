package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import io.briefing.model.Block;
import io.briefing.model.Run;
import java.util.List;

/** Paragraphs of text (the findings), each figure in them with its source marker. */
final class TextLayout extends PageLayout {
    TextLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Text block) {
        heading(block.heading());
        for (List<Run> runs : block.paragraphs()) {
            Paragraph p = s.paragraph("", s.body);
            p.setLeading(s.body.getSize() * 1.45f);
            p.setSpacingAfter(compact ? 2 : 5);
            p.setIndentationLeft(10);
            p.setFirstLineIndent(-10);
            s.add(p, "• ", s.bodyBold);
            for (Run r : runs) {
                if (r.ref() == null) {
                    s.add(p, r.text(), s.body);
                } else {
                    s.add(p, r.text(), r.flagged() ? s.flag : s.bodyBold);
                    p.add(marker(r.ref()));
                    flagMark(p, r.flagged(), s.flag);
                }
            }
            flow(p);
        }
    }
}
