package io.briefing.template;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.YamlNode;
import java.nio.file.Path;

/** Where in a template something was written, so that a problem found later still names file:line:column. */
public record Where(Path file, int line, int column, String path) {
    public static Where of(YamlNode n) {
        return new Where(n.file(), n.line(), n.column(), n.path());
    }

    public InputProblem problem(String problem, String hint) {
        return new InputProblem(file, line, column, path, problem, hint);
    }

    public InputException error(String problem, String hint) {
        return new InputException(problem(problem, hint));
    }
}
