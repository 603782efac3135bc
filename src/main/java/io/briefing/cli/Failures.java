package io.briefing.cli;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.output.WriteFailure;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;


/**
 * Turns exceptions into messages and exit codes: bad input is exit 1 with every problem on its own
 * line; a failure of the machine (a full disk, a file that cannot be written) is exit 4, naming the
 * file; anything else is exit 3. Stack traces only with --verbose.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int BAD_INPUT = 1;
    static final int INTERNAL = 3;
    static final int MACHINE = 4;

    /** Whether --verbose was given to the command that failed (picocli's parse result, not a scan of the raw words). */
    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = verbose(parsed);
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
        boolean stopped = ex instanceof IOException && (io.briefing.output.Staging.stopping()
                || "the run is stopping".equals(ex.getMessage()))
                || ex instanceof IllegalStateException && "Shutdown in progress".equals(ex.getMessage());
        if (stopped) {
            // the stop signal removed the run's files under it: not the disk's fault (a draft said "check
            // that the disk has room" after Ctrl-C)
            err.println("stopped: the run was interrupted before its files were moved into place; the previous ones stand");
            err.flush();
            return MACHINE;
        }
        if (ex instanceof IOException io) {
            // the input was read and checked: what failed is the machine (disk, permissions), not the data
            err.println("error: " + WriteFailure.of(io).message());
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return MACHINE;
        }
        err.println("internal error: " + ex + (verbose ? "" : " (rerun with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }
}
