package io.briefing.input;

import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Reads a hand-edited YAML file into a {@link YamlNode} tree, turning syntax errors into located problems. */
public final class YamlFiles {
    private static final int MAX_CHARS = 2_000_000;

    private YamlFiles() {}

    public static YamlNode read(Path file, String what) throws InputException {
        String text = TextFiles.readUtf8(file, what, MAX_CHARS);
        return parse(file, text);
    }

    public static YamlNode parse(Path file, String text) throws InputException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CHARS * 2)
                .setUseMarks(true)
                .build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> node = composer.getSingleNode();
            if (node.isEmpty()) {
                throw new InputException(InputProblem.ofFile(file, "the file is empty", "write the keys described in the README"));
            }
            return new YamlNode(file, node.get(), "");
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(0);
            String what = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw new InputException(new InputProblem(file, line, col, null, "YAML syntax: " + what.trim(),
                    "check the indentation and quoting near this place (quote values that contain ': ' or '#')"));
        } catch (YamlEngineException e) {
            throw new InputException(InputProblem.ofFile(file, "YAML: " + e.getMessage(), "check the file's syntax"));
        }
    }
}
