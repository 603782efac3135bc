package io.briefing.input;

import java.nio.file.Path;

/**
 * One thing wrong with an input file, located precisely enough that an analyst can open the file
 * and fix it: which file, where in it, which field, what was found, and what would be accepted.
 */
public record InputProblem(Path file, int line, int column, String field, String problem, String hint) {

    public static InputProblem of(Path file, int line, String field, String problem, String hint) {
        return new InputProblem(file, line, 0, field, problem, hint);
    }

    public static InputProblem ofFile(Path file, String problem, String hint) {
        return new InputProblem(file, 0, 0, null, problem, hint);
    }

    /** Renders as {@code file:line:column: field: problem. Fix: hint}, leaving out what is unknown. */
    public String message() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(problem);
        if (hint != null && !hint.isEmpty()) {
            sb.append(". Fix: ").append(hint);
        }
        return visible(sb.toString());
    }

    /**
     * The text with every invisible or layout-changing character written as its code point: a
     * right-to-left override (U+202E) in a quoted value turned the rest of the message around, a line
     * separator (U+2028) broke it in two, and a terminal acts on control characters.
     */
    public static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL && c != '\n' || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", c));
                } else {
                    out.appendCodePoint(c);
                }
            }
            i += Character.charCount(c);
        }
        return out == null ? text : out.toString();
    }

    @Override
    public String toString() {
        return message();
    }
}
