package io.briefing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Renders many briefings in one run.")
final class BatchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
