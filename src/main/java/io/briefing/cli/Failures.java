package io.briefing.cli;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
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
            // the input was read and checked: what failed is the machine (disk, permissions), not the data
            String file = io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
            String why = io instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : String.valueOf(io.getMessage());
            err.println("error: " + file + "reading or writing failed: " + why
                    + ". Fix: check that the disk has room and the folder can be written, then run again");
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
