package io.briefing.build;

import io.briefing.facts.Fact;
import io.briefing.input.InputException;
import io.briefing.model.Run;
import io.briefing.template.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills {fact-id} placeholders in a paragraph with the fact's value, formatted with unit and
 * qualifier, as a run that carries the source marker. {{ and }} stand for literal braces.
 */
final class Placeholders {
    private Placeholders() {}

    /** The fact ids a paragraph's placeholders name ({{ and }} are literal braces), in order; unclosed ones skipped. */
    static List<String> named(String text) {
        List<String> ids = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                i += 2;
            } else if (c == '{' && text.indexOf('}', i) > 0) {
                int end = text.indexOf('}', i);
                ids.add(text.substring(i + 1, end).trim());
                i = end + 1;
            } else {
                i++;
            }
        }
        return ids;
    }

    static List<Run> fill(Section.Paragraph p, Context ctx) throws InputException {
        String text = p.text().in(ctx.language);
        if (!p.text().has(ctx.language)) {
            ctx.warnings.add(p.where().problem("no " + ctx.language.code() + " text for this paragraph; English is used", "")
                    .message());
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                plain.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw p.where().error("a '}' without its '{' at character " + (i + 1), "write }} for a literal brace");
            }
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw p.where().error("the placeholder starting at character " + (i + 1) + " is not closed",
                        "close it with }, or write {{ for a literal brace");
            }
            String id = text.substring(i + 1, end).trim();
            Optional<Fact> fact = ctx.table.fact(id);
            if (fact.isEmpty()) {
                throw p.where().error("the placeholder {" + id + "} names no fact of "
                        + ctx.table.dataset().factsFile().getFileName(), "use the id of a row of the fact table");
            }
            Fact f = fact.get();
            if (plain.length() > 0) {
                runs.add(Run.plain(plain.toString()));
                plain.setLength(0);
            }
            String shown = f.hasValue() ? ctx.value(f) : ctx.metric(f);
            runs.add(new Run(shown, ctx.ref(f), ctx.flagged(f)));
            i = end + 1;
        }
        if (plain.length() > 0) {
            runs.add(Run.plain(plain.toString()));
        }
        return runs;
    }
}
