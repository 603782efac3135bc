package io.briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that write into the output folder. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;
}
