package io.briefing.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Things worth telling the analyst that do not stop the run (an unknown column, a missing translation). */
public final class Warnings {
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    public void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    public void add(InputProblem problem) {
        add(problem.message());
    }

    public List<String> all() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }
}
