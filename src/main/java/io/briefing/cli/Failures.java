package io.briefing.cli;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns exceptions into messages and exit codes: bad input is exit 1 with every problem on its own
 * line; anything else is exit 3. Stack traces only with --verbose.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 1;
    static final int INTERNAL = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.expandedArgs().contains("--verbose") || parsed.expandedArgs().contains("-v");
        if (ex instanceof InputException ie) {
            for (InputProblem p : ie.problems()) {
                err.println("error: " + p.message());
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof java.io.IOException io) {
            err.println("error: " + io.getMessage());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        }
        err.println("internal error: " + ex + (verbose ? "" : " (rerun with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }
}
