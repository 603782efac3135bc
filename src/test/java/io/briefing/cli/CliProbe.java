package io.briefing.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the briefing command in-process and keeps what it printed. */
public final class CliProbe {
    private CliProbe() {}

    /** Exit code, standard output and standard error of one run. */
    public record Result(int exit, String out, String err) {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BriefingCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
