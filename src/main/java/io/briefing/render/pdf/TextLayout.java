package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import io.briefing.model.Block;
import io.briefing.model.Run;
import io.briefing.i18n.ChinesePunctuation;
import java.util.List;

/** Paragraphs of text (the findings), each figure in them with its source marker. */
final class TextLayout extends PageLayout {
    TextLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Text block) {
        heading(block.heading());
        // one sentence with no heading (a chart told as a sentence) is not a list: no bullet
        boolean list = block.heading() != null || block.paragraphs().size() > 1;
        for (List<Run> runs : block.paragraphs()) {
            Paragraph p = s.paragraph("", s.body);
            p.setLeading(s.body.getSize() * 1.45f);
            p.setSpacingAfter(compact ? 2 : 5);
            if (s.chinese()) {
                // a Chinese line ends at the margin: a figure kept whole (約21億歐元) left lines 3 to 8
                // characters short; the space is spread between the characters, the last line set ragged
                p.setAlignment(com.lowagie.text.Element.ALIGN_JUSTIFIED);
            }
            if (list) {
                p.setIndentationLeft(10);
                p.setFirstLineIndent(-10);
                s.add(p, "• ", s.bodyBold);
            } else {
                p.setSpacingBefore(compact ? 3 : 6);
            }
            // the paragraph's punctuation is set as one text: a bracket may open before a figure and close after it
            List<String> texts = ChinesePunctuation.fullWidth(runs.stream().map(Run::text).toList());
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                if (r.ref() == null) {
                    s.add(p, texts.get(i), s.body);
                } else {
                    s.addFigure(p, texts.get(i), r.flagged() ? s.flag : s.bodyBold);
                    p.add(marker(r.ref()));
                    flagMark(p, r.flagged(), s.flag);
                }
            }
            flow(p);
        }
    }
}
