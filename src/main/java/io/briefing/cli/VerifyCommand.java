package io.briefing.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Checks every fact against the source article.")
final class VerifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
