package io.briefing.model;

import java.util.List;

/** One block of the briefing's body, in reading order. */
public sealed interface Block {
    record KeyFigures(String heading, List<KeyFigure> figures) implements Block {}

    /** Charts drawn side by side when small, one per row otherwise. */
    record Charts(String heading, List<ChartModel> charts) implements Block {}

    record Table(String heading, List<String> headers, List<List<TableCell>> rows, String moreNote, float[] widths)
            implements Block {}

    record Text(String heading, List<List<Run>> paragraphs) implements Block {}

    /** The numbered sources of the figures the PDF shows, in number order (the workbook lists all). */
    record Sources(String heading, String intro, List<SourceNote> notes) implements Block {}

    record PageBreak() implements Block {}
}
