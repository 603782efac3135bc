package io.briefing.cli;

import io.briefing.app.Generator;
import io.briefing.app.Version;
import io.briefing.render.Formats;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;


/** The {@code briefing} command: subcommands only; {@code generate} is the main job. */
@Command(name = "briefing",
        mixinStandardHelpOptions = true,
        versionProvider = BriefingCommand.VersionProvider.class,
        description = "Turns a curated fact table into a PDF briefing with charts and an Excel workbook of the same figures.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input (the message names file, line, field and how to fix it)",
                "2:bad usage (unknown option, missing argument)", "3:internal error (rerun with --verbose and report it)",
                "4:the machine failed (a full disk, a file or folder that cannot be written); the message names it"})
public final class BriefingCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. 'briefing generate'");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // before the spreadsheet library logs anything: its XML helper printed "FATAL XMLHelper" and a
        // 40-line trace for a workbook with a broken part (log4j2.component.properties alone did not
        // reach the simple provider's level); our message names the part instead
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        if (args.length > 0 && args[0].equals("generate") && !Arrays.asList(args).contains("--help")) {
            Formats.warmUp();
            Generator.warmUp();
        }
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            // the last line of defence (inputs are measured against the heap before they are read): the
            // machine's memory, not the input's fault or a bug, said without a trace
            System.err.println("error: the run needs more memory than the " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB it may use. Fix: give it more (BRIEFING_JAVA_OPTS=-Xmx2g), or a smaller input");
            code = 4;
        }
        // a PrintStream keeps its write errors to itself: stdout on a full disk or /dev/full printed
        // nothing and the run said 0 (seen). The machine failed: exit 4, said on stderr.
        if (System.out.checkError()) {
            System.err.println("error: standard output could not be written (a full disk, a closed pipe or /dev/full); "
                    + "Fix: send the output to a file on a disk with room");
            code = code == 0 ? 4 : code;
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code; used by main and by the tests. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(GenerateCommand.class, VerifyCommand.class, SourceCommand.class,
            TemplatesCommand.class, BatchCommand.class, DraftCommand.class, PreviewCommand.class, CommandLine.HelpCommand.class);

    /**
     * The command line for these arguments: with only the subcommand they name, else with all (for the
     * usage, "help", and the suggestions for a misspelt name). Building the model of all eight from
     * their annotations took 57 ms of a cold run's main thread, before any work.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new BriefingCommand());
        String first = args.length > 0 ? args[0] : "";
        List<Class<?>> named = SUBCOMMANDS;
        for (Class<?> c : SUBCOMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && a != null && a.name().equals(first)) {
                named = List.of(c);
                break;
            }
        }
        for (Class<?> c : named) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** A date option's value: YYYY-MM-DD, a day that exists, from 1900 to 2999. */
    static java.time.LocalDate date(String value) {
        java.time.LocalDate d;
        try {
            d = java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + io.briefing.input.YamlNode.excerpt(value)
                    + "' is not a date that exists; write YYYY-MM-DD, e.g. 2024-12-20");
        }
        if (d.getYear() < 1900 || d.getYear() > 2999) {
            throw new CommandLine.TypeConversionException(d + " is outside the years 1900 to 2999");
        }
        return d;
    }

    /** Runs the command line with the given streams for its output and its messages. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
        cl.setOut(new VisibleWriter(out));
        cl.setErr(new VisibleWriter(err));
        cl.setExecutionExceptionHandler(new Failures());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // the project's wording for a date that does not exist, not java.time's exception text
        cl.registerConverter(java.time.LocalDate.class, BriefingCommand::date);
        return cl.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"briefing " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
