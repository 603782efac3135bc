package io.briefing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "Reads and repairs the source article.")
final class SourceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
