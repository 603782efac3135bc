package io.briefing.cli;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a fact table and a template. */
final class InputOptions {
    @Option(names = {"-d", "--data"}, paramLabel = "FILE", defaultValue = "seeds/china-llm-2024.yaml",
            description = "Dataset manifest (YAML), or its fact table (CSV) with the manifest beside it. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME|FILE", defaultValue = "default",
            description = "Template name in the templates folder, or a template file. Default: ${DEFAULT-VALUE}")
    String template;

    @Option(names = "--templates-dir", paramLabel = "DIR", defaultValue = "report-templates",
            description = "Folder of named templates. Default: ${DEFAULT-VALUE}")
    Path templatesDir;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors; verify also says, for each verified fact, whose and of when the article makes its figure and the words that say so.")
    boolean verbose;

    /** The dataset: as given, or for the default, the tool's own seed when the working directory has none. */
    Path data() {
        return data.equals(Path.of(DEFAULT_DATA)) ? ToolHome.shipped(data) : data;
    }

    static final String DEFAULT_DATA = "seeds/china-llm-2024.yaml";

    Path templateFile() throws InputException {
        Path asFile = Path.of(template);
        if (template.endsWith(".yaml") || template.endsWith(".yml") || template.contains("/")) {
            return asFile;
        }
        Path dir = ToolHome.shipped(templatesDir);
        Path named = dir.resolve(template + ".yaml");
        if (!Files.exists(named)) {
            throw new InputException(InputProblem.ofFile(named, "no template named '" + template + "' in "
                    + ToolHome.where(templatesDir), "run 'briefing templates' to list them, give a template file, or run "
                    + "from the project folder"));
        }
        return named;
    }
}
