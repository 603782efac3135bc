package io.briefing.input;

import io.briefing.i18n.Localized;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a hand-edited YAML file that remembers where it stands, so that every complaint about a
 * manifest or template names file:line:column. Only the node tree is read (no objects are
 * constructed from tags), which keeps loading safe.
 */
public final class YamlNode {
    private final Path file;
    private final Node node;
    private final String path;

    YamlNode(Path file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    public Path file() {
        return file;
    }

    /** The dotted path of this node in the document, such as {@code sections[2].kind}. */
    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    public int column() {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /**
     * A problem at this node. Every value the message quotes is cut to a short excerpt here, in one
     * place: a file named where YAML was expected must not come back whole in an error.
     */
    public InputProblem problem(String problem, String hint) {
        String cut = QUOTED.matcher(problem).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("'" + excerpt(m.group(1)) + "'"));
        return new InputProblem(file, line(), column(), path, cut, hint);
    }

    public InputException error(String problem, String hint) {
        return new InputException(problem(problem, hint));
    }

    /** What a person would call this node's kind, for messages. */
    public String describe() {
        if (node instanceof ScalarNode s) {
            return "'" + excerpt(s.getValue()) + "'";
        }
        return isMap() ? "a mapping" : "a list";
    }

    /** Most characters of a value a message quotes: enough to recognise it, never a whole file read by mistake. */
    public static final int EXCERPT = 40;

    /** A value quoted in a message ('…'), long enough to be more than a name or a code. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'([^'\\n]{" + (EXCERPT + 1) + ",})'");

    /**
     * A value as a message quotes it: its first {@value #EXCERPT} code points, line breaks as spaces,
     * "…" when cut. A file named where YAML was expected (a password file, a .env) is never printed whole.
     */
    public static String excerpt(String value) {
        String one = value.replaceAll("[\\r\\n\\t]+", " ").strip();
        if (one.codePointCount(0, one.length()) <= EXCERPT) {
            return one;
        }
        return one.substring(0, one.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    /**
     * The longest text a value may hold, as a fact table's field: a 120,000-character title reached the
     * workbook writer and failed there (exit 3, 38 s later); a 3.9 MB one ran for minutes.
     */
    public static final int MAX_TEXT_CHARS = 10_000;

    public String text() throws InputException {
        if (node instanceof ScalarNode s) {
            if (s.getValue().length() > MAX_TEXT_CHARS) {
                throw error("the value is " + String.format(java.util.Locale.ROOT, "%,d", s.getValue().length())
                        + " characters long, over the limit of " + String.format(java.util.Locale.ROOT, "%,d", MAX_TEXT_CHARS),
                        "shorten it: a title, a finding or a label is read on a page");
            }
            return CleanText.of(s.getValue());
        }
        throw error("found " + describe(), "write a single value here");
    }

    public Map<String, YamlNode> entries() throws InputException {
        if (!(node instanceof MappingNode m)) {
            throw error("found " + describe() + " where a mapping (key: value lines) was expected",
                    "indent the keys of this block under it");
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(file, t.getKeyNode(), path).error("a key must be a plain word", "use a plain key");
            }
            YamlNode key = new YamlNode(file, k, path);
            if (out.containsKey(k.getValue())) {
                // the composer keeps the last one silently: as_of twice would date the briefing by the second
                throw key.error("the key '" + k.getValue() + "' is given twice (first on line " + lines.get(k.getValue()) + ")",
                        "keep one of them");
            }
            lines.put(k.getValue(), key.line());
            out.put(k.getValue(), new YamlNode(file, t.getValueNode(), child(k.getValue())));
        }
        return out;
    }

    public List<YamlNode> items() throws InputException {
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            throw error("found " + describe() + " where a list was expected", "write the items as '- item' lines or [a, b]");
        }
        List<YamlNode> out = new ArrayList<>();
        int i = 0;
        for (Node n : s.getValue()) {
            out.add(new YamlNode(file, n, path + "[" + i++ + "]"));
        }
        return out;
    }

    public Optional<YamlNode> get(String key) throws InputException {
        return Optional.ofNullable(entries().get(key));
    }

    public YamlNode require(String key, String hint) throws InputException {
        YamlNode n = entries().get(key);
        if (n == null) {
            throw error("the key '" + key + "' is missing", hint);
        }
        return n;
    }

    public Optional<String> optText(String key) throws InputException {
        Optional<YamlNode> n = get(key);
        return n.isPresent() ? Optional.of(n.get().text()) : Optional.empty();
    }

    public int optInt(String key, int fallback, int min, int max) throws InputException {
        Optional<YamlNode> n = get(key);
        if (n.isEmpty()) {
            return fallback;
        }
        String t = n.get().text().trim();
        try {
            int v = Integer.parseInt(t);
            if (v < min || v > max) {
                throw n.get().error("found " + v, "use a whole number from " + min + " to " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw n.get().error("found '" + excerpt(t) + "' where a whole number was expected",
                    "use a whole number from " + min + " to " + max);
        }
    }

    public boolean optBool(String key, boolean fallback) throws InputException {
        Optional<YamlNode> n = get(key);
        if (n.isEmpty()) {
            return fallback;
        }
        String t = n.get().text().trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw n.get().error("found '" + excerpt(t) + "' where true or false was expected", "write true or false");
        };
    }

    /**
     * A text in both languages: either one string for both, or a mapping {@code {en: ..., zh: ...}}.
     */
    public Localized localized() throws InputException {
        if (isScalar()) {
            return Localized.of(text());
        }
        Map<String, YamlNode> e = entries();
        for (String k : e.keySet()) {
            if (!k.equals("en") && !k.equals("zh")) {
                throw e.get(k).error("unknown language '" + k + "'", "use the keys en and zh");
            }
        }
        String en = e.containsKey("en") ? e.get("en").text() : null;
        String zh = e.containsKey("zh") ? e.get("zh").text() : null;
        return new Localized(en, zh);
    }

    public Optional<Localized> optLocalized(String key) throws InputException {
        Optional<YamlNode> n = get(key);
        return n.isPresent() ? Optional.of(n.get().localized()) : Optional.empty();
    }

    /** Rejects keys this block does not know, so that a typo is not silently ignored. */
    public void allowOnly(List<String> keys) throws InputException {
        for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "'", "use one of: " + String.join(", ", keys));
            }
        }
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
