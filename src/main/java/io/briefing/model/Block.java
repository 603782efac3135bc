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

    /**
     * The numbered sources of the figures the PDF shows, in number order (the workbook lists all), then
     * the previous week's sources (P1, P2, …) of the old values the Since-last-week section cites.
     */
    record Sources(String heading, String intro, List<SourceNote> notes, String previousIntro, List<SourceNote> previous)
            implements Block {}

    record PageBreak() implements Block {}

    /** A line in small type after the body: where the sources are when the template lists none. */
    record Note(String text) implements Block {}
    /**
     * What changed since last week, as the section shows it: the biggest moves and bound changes, the
     * new and the dropped facts (each list cut to the template's limit; {@code more} says what is left
     * for the workbook, "" when nothing is), or {@code set.note()} when nothing is compared.
     */
    record Changes(String heading, String intro, List<String> headers, ChangeSet set, List<ChangeLine> moves,
                   List<ChangeLine> added, List<ChangeLine> dropped, String more) implements Block {}
}
