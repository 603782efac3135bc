package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad input, a failing machine and a bug get different exit codes and messages, and no trace without --verbose. */
class FailuresTest {
    @CommandLine.Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        final Exception toThrow;

        Probe(Exception toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() throws Exception {
            throw toThrow;
        }
    }

    private static String[] run(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Probe(e)).setExecutionExceptionHandler(new Failures());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute();
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void aFullDiskIsAFailureOfTheMachineNamingTheFile() {
        String[] r = run(new FileSystemException("output/briefing.pdf", null, "No space left on device"));
        assertThat(r[0]).isEqualTo("4");
        assertThat(r[1]).isEqualTo("error: output/briefing.pdf: reading or writing failed: No space left on device. "
                + "Fix: check that the disk has room and the folder can be written, then run again\n");
    }

    @Test
    void aFolderWithoutWritePermissionIsAFailureOfTheMachineSayingWhatToGive() {
        String[] r = run(new java.nio.file.AccessDeniedException("output/briefing.pdf"));
        assertThat(r[0]).isEqualTo("4");
        assertThat(r[1]).isEqualTo("error: output/briefing.pdf: permission denied. "
                + "Fix: give yourself write permission there, or choose another folder with --output\n");
    }

    @Test
    void badInputIsExitOneWithItsProblems() {
        String[] r = run(new InputException(InputProblem.of(Path.of("t.csv"), 3, "value", "'x' is not a number", "write a number")));
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("t.csv:3: value: 'x' is not a number").doesNotContain("\tat ");
    }

    @Test
    void aBugIsExitThreeWithoutATrace() {
        String[] r = run(new IllegalStateException("boom"));
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).contains("internal error").doesNotContain("\tat ");
    }
}
