package io.briefing.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the tool prints, with the characters that change how a terminal shows text made visible as
 * {@code <U+202E>}: a right-to-left override in a field, a file name or an option's value turned the
 * rest of the line around ("e‮n" printed in a --lang message, a quote in a verify FAIL line), and a
 * line or paragraph separator broke a line where none was. Only format characters (Unicode Cf) and
 * those separators: a carriage return (the progress bar) and tabs pass.
 */
final class VisibleWriter extends PrintWriter {
    VisibleWriter(Writer out) {
        super(out, true);
    }

    private static boolean hidden(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Override
    public void write(int c) {
        if (hidden((char) c)) {
            super.write(String.format(java.util.Locale.ROOT, "<U+%04X>", c), 0, 8);
        } else {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (hidden(s.charAt(i))) {
                super.write(s, from, i - from);
                String code = String.format(java.util.Locale.ROOT, "<U+%04X>", (int) s.charAt(i));
                super.write(code, 0, code.length());
                from = i + 1;
            }
        }
        super.write(s, from, off + len - from);
    }
}
