package io.briefing.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;


/**
 * Reads the text files an analyst hands us. Files saved by Excel or Notepad come with a byte-order
 * mark, in UTF-16, or in a legacy Chinese code page; the first two are read as normal, the last is
 * refused with the encoding named, because guessing between GBK and Big5 can silently change characters.
 */
public final class TextFiles {
    private TextFiles() {}

    /**
     * More runs of digits than an article has: the draft of a 2 MB file of numbers took 30 s, 2.7 GB and
     * wrote 92 MB, and verify of 40,000 numbers 53 s with a 1.9 MB coverage listing.
     */
    public static final int MAX_NUMBERS = 10_000;

    /** Refuses, before it is read, a text with more numbers than any article: a table or a data dump. */
    public static void requireAnArticle(Path article, String raw) throws InputException {
        int numbers = 0;
        boolean inDigits = false;
        for (int i = 0; i < raw.length(); i++) {
            boolean digit = Character.isDigit(raw.charAt(i));
            if (digit && !inDigits && ++numbers > MAX_NUMBERS) {
                throw new InputException(InputProblem.ofFile(article, "holds more than " + MAX_NUMBERS + " numbers, which is "
                        + "a table or a data dump, not an article (a news article has tens to a few hundred)",
                        "give the article's text alone; a table of figures is typed into the fact table directly"));
            }
            inDigits = digit;
        }
    }

    public static String readUtf8(Path file, String what, long maxChars) throws InputException {
        byte[] bytes = readBytes(file, what, maxChars * 4);
        return decode(file, bytes);
    }

    public static byte[] readBytes(Path file, String what, long maxBytes) throws InputException {
        readable(file, what);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(InputProblem.ofFile(file, "the " + what + " is " + size + " bytes, over the limit of " + maxBytes,
                        "split the file or remove what the briefing does not need"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " does not exist", "check the path"));
        } catch (AccessDeniedException e) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " cannot be read (permission denied)",
                    "give yourself read permission on the file"));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " cannot be read: " + e.getMessage(),
                    "check that the file is readable"));
        }
    }

    /**
     * Opens a file for streaming with the same rules as {@link #decode}: a BOM selects UTF-8 or UTF-16,
     * anything else must be valid UTF-8 (a malformed byte surfaces as a {@link java.nio.charset.MalformedInputException}
     * while reading, which the caller reports with its line).
     */
    public static Reader openReader(Path file, String what) throws InputException {
        readable(file, what);
        try {
            BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            Charset cs = StandardCharsets.UTF_8;
            int skip = 0;
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                skip = 3;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) {
                in.close();
                throw new InputException(InputProblem.ofFile(file,
                        "the file looks like UTF-16 without a byte-order mark (it contains NUL bytes)",
                        "save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"));
            }
            in.skipNBytes(skip);
            CharsetDecoder d = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new InputStreamReader(in, d), 1 << 16);
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " cannot be read: " + e.getMessage(),
                    "check that the file is readable"));
        }
    }

    private static void readable(Path file, String what) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " does not exist",
                    "check the path, or run from the project folder"));
        }
        if (Files.isDirectory(file)) {
            throw new InputException(InputProblem.ofFile(file, "is a folder, not a " + what, "name the file itself"));
        }
        // a FIFO would block forever, /dev/zero never ends (and reports a size of 0): only regular files are read
        if (!Files.isRegularFile(file)) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " is not a regular file (a pipe, a device or "
                    + "a socket), so it would be read without end or block", "save the content to a file and name that file"));
        }
        if (!Files.isReadable(file)) {
            throw new InputException(InputProblem.ofFile(file, "the " + what + " cannot be read (permission denied)",
                    "give yourself read permission on the file"));
        }
    }

    /** Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused by name. */
    public static String decode(Path file, byte[] b) throws InputException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(file, b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int nuls = 0;
        for (int i = 0; i < Math.min(b.length, 4096); i++) {
            if (b[i] == 0) {
                nuls++;
            }
        }
        if (nuls > 0) {
            // UTF-16 text has a NUL in every other byte of its ASCII; a program, an image or an archive
            // has them anywhere, with other control bytes among them
            int sample = Math.min(b.length, 4096);
            int oddNuls = 0;
            int controls = 0;
            for (int i = 0; i < sample; i++) {
                if (b[i] == 0 && i % 2 == 1) {
                    oddNuls++;
                }
                int c = b[i] & 0xff;
                if (c != 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    controls++;
                }
            }
            // (a Chinese character's two bytes may be anything, so control bytes alone do not tell)
            boolean oneParity = oddNuls == nuls || oddNuls == 0;
            boolean utf16 = oneParity && (nuls * 8 >= sample || controls == 0);
            if (!utf16) {
                throw new InputException(InputProblem.ofFile(file, "is a binary file (a program, an image or an archive), "
                        + "not text", "give the text itself, saved as UTF-8"));
            }
            throw new InputException(InputProblem.ofFile(file,
                    "the file looks like UTF-16 without a byte-order mark (it contains NUL bytes)",
                    "save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')"));
        }
        return strict(file, b, 0);
    }

    private static String strict(Path file, byte[] b, int offset) throws InputException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(notUtf8(file, b, offset, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".csv")));
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.ofFile(file, "the file is not valid UTF-8", "save it as UTF-8"));
        }
    }

    /**
     * The problem of a file that is not UTF-8, at its first bad byte: the line, the column (characters
     * from the line's start) and the offset, and a guess only where the bytes fit one: a lead byte of
     * GBK or Big5 (0x81–0xFE) before one of their trail bytes. 0xFF was called "a legacy Chinese
     * encoding", and a CSV's message gave the line alone.
     *
     * @param table whether the file is a fact table, which Excel saves (its advice names Excel's format)
     */
    public static InputProblem notUtf8(Path file, byte[] b, int offset, boolean table) {
        int at = firstBadByte(b, offset);
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < at; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(b, lineStart, at - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        int lead = b[at] & 0xff;
        int trail = at + 1 < b.length ? b[at + 1] & 0xff : -1;
        boolean chinese = lead >= 0x81 && lead <= 0xFE && trail >= 0x40 && trail <= 0xFE && trail != 0x7F;
        String where = String.format(java.util.Locale.ROOT, "byte 0x%02X in column %d (offset %,d)", lead, column, at);
        String fix = table ? "save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'" : "save it as UTF-8 (in the editor's "
                + "Save As, encoding UTF-8";
        return InputProblem.of(file, line, null, "the file is not UTF-8: " + where + (chinese
                        ? "; it looks like a legacy Chinese encoding (GBK or Big5)"
                        : "; no UTF-8 character starts so, and no Chinese code page either (another encoding, or damage)"),
                fix + (chinese ? "; or iconv -f GBK -t UTF-8)" : ")"));
    }

    /** The line (from 1) holding the first byte that is not UTF-8, read in chunks; 0 when there is none. */
    public static int lineOfFirstBadUtf8(Path file) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 17);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 18);
            int line = 1;
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                bytes.put(buf, 0, n).flip();
                java.nio.charset.CoderResult r = d.decode(bytes, chars, false);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (r.isError()) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /**
     * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. (A
     * binary search over decodable prefixes was wrong: a prefix that ends inside a valid character of
     * Chinese text fails too, so the line and byte named were before the bad one.)
     */
    static int firstBadByte(byte[] b, int offset) {
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int more = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (more < 0 || i + more >= b.length) {
                return i;
            }
            if (more == 0) {
                i++;
                continue;
            }
            int second = b[i + 1] & 0xff;
            boolean ok = (second & 0xC0) == 0x80
                    && !(c == 0xE0 && second < 0xA0) && !(c == 0xED && second >= 0xA0)
                    && !(c == 0xF0 && second < 0x90) && !(c == 0xF4 && second >= 0x90);
            for (int k = 2; ok && k <= more; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                return i;
            }
            i += more + 1;
        }
        return Math.max(offset, b.length - 1);
    }
}
