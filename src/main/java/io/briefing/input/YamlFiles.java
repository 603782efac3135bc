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

    /** Deeper than any manifest or template needs (they nest four levels); the composer recurses per level. */
    static final int MAX_DEPTH = 64;

    public static YamlNode parse(Path file, String text) throws InputException {
        int depth = nesting(text);
        if (depth > MAX_DEPTH) {
            throw new InputException(InputProblem.ofFile(file, "the YAML is nested " + depth + " levels deep, more than the "
                    + MAX_DEPTH + " this reader accepts", "a manifest or template nests a few levels; check for runaway brackets or indentation"));
        }
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
        } catch (IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException e) {
            // the scanner lets some broken escapes through as plain Java errors ("\\x" at the end of a
            // quoted string: NumberFormatException; a tag "!%F" with a broken %-escape: IllegalArgumentException,
            // "Tag must not contain leading or trailing spaces"; both found by the fuzzer)
            throw new InputException(InputProblem.ofFile(file, "YAML syntax: the file cannot be read (" + e.getMessage() + ")",
                    "check escapes in double-quoted values (\\x, \\u need hex digits), tags after ! (a manifest or "
                            + "template uses none), and the quoting near the end of the file"));
        } catch (StackOverflowError e) {
            // a nesting the depth count above did not see (it counts brackets and indentation): refused all the same
            throw new InputException(InputProblem.ofFile(file, "the YAML is nested too deeply to read",
                    "a manifest or template nests a few levels; check for runaway brackets or indentation"));
        }
    }

    /**
     * How deep the text nests, counted cheaply before parsing: open flow brackets outside quotes, and
     * block indentation in steps of two spaces or a "- ".
     */
    static int nesting(String text) {
        int max = 0;
        int brackets = 0;
        boolean single = false;
        boolean dbl = false;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                single = false;
                dbl = false;
                continue;
            }
            if (i == lineStart) {
                int j = i;
                int indent = 0;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
                    indent++;
                    j++;
                }
                max = Math.max(max, indent / 2);
            }
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (!single && !dbl) {
                if (c == '#' && (i == 0 || text.charAt(i - 1) == ' ')) {
                    while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                } else if (c == '[' || c == '{') {
                    brackets++;
                    max = Math.max(max, brackets);
                } else if (c == ']' || c == '}') {
                    brackets = Math.max(0, brackets - 1);
                }
            }
        }
        return max;
    }
}
