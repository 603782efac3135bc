package io.briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code briefing source}: work on the source article. */
@Command(name = "source", mixinStandardHelpOptions = true, description = "Reads and repairs the source article.",
        subcommands = {SourceCleanCommand.class})
final class SourceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: briefing source clean");
    }
}
