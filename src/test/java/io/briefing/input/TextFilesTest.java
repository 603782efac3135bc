package io.briefing.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a file stops being UTF-8, named by line and byte even after lines of Chinese text. */
class TextFilesTest {
    private static byte[] withBadByteAfter(String text) {
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 3];
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length] = (byte) 0xB4; // a GBK byte: no UTF-8 sequence starts with it
        b[good.length + 1] = (byte) 0xF3;
        b[good.length + 2] = '\n';
        return b;
    }

    @Test
    void theFirstBadByteIsFoundAfterMultiByteText() {
        String text = "第一行：中文內容。\n第二行，還是中文。\n第三行 ";
        byte[] b = withBadByteAfter(text);
        assertThat(TextFiles.firstBadByte(b, 0)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theMessageNamesTheLineOfTheBadByte(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("article.txt");
        String text = "標題\n\n第一段，中文。\n第二段 ";
        Files.write(f, withBadByteAfter(text));
        assertThatThrownBy(() -> TextFiles.readUtf8(f, "article", 1_000_000))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("article.txt:4:")
                .hasMessageContaining("byte 0xB4 in column ").hasMessageContaining(String.format(java.util.Locale.ROOT, "(offset %,d)",
                        text.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void overlongAndSurrogateFormsAreBadBytes() {
        assertThat(TextFiles.firstBadByte(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0)).isEqualTo(1);
        assertThat(TextFiles.firstBadByte(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isEqualTo(1);
    }
}
