package io.briefing.input;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Things worth telling the analyst that do not stop the run (an unknown column, a missing translation). */
public final class Warnings {
    /** Each message once, in order; a set, since a header of 100,000 unknown columns made a list's look-ups quadratic. */
    private final Set<String> messages = new LinkedHashSet<>();

    public synchronized void add(String message) {
        messages.add(message);
    }

    public void add(InputProblem problem) {
        add(problem.message());
    }

    public synchronized List<String> all() {
        return List.copyOf(messages);
    }
}
