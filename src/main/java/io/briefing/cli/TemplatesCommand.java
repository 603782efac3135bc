package io.briefing.cli;

import io.briefing.input.InputException;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing templates}: the shipped templates, a line each. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "Lists the templates in the templates folder.")
final class TemplatesCommand implements Callable<Integer> {
    @Option(names = "--templates-dir", paramLabel = "DIR", defaultValue = "report-templates",
            description = "Folder of templates. Default: ${DEFAULT-VALUE}")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InputException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files;
        Path folder = ToolHome.shipped(dir);
        if (!Files.isDirectory(folder)) {
            throw new InputException(io.briefing.input.InputProblem.ofFile(dir, "no templates folder " + ToolHome.where(dir),
                    "run from the project folder, or name the folder with --templates-dir"));
        }
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        // a broken template is said, and the listing goes on: it stopped at the first bad file and hid the rest
        PrintWriter err = spec.commandLine().getErr();
        int broken = 0;
        for (Path f : files) {
            try {
                Template t = new TemplateReader().read(f);
                out.printf("%-20s %s%n", t.name(), t.description());
            } catch (InputException e) {
                broken++;
                err.println("error: " + e.getMessage());
            }
        }
        out.flush();
        err.flush();
        return broken == 0 ? 0 : 1;
    }
}
