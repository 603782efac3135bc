package io.briefing.input;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: the run stops before anything is written, and every problem found is reported. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
