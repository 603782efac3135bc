package io.briefing.app;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.TestFiles;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.render.Formats;
import io.briefing.render.Rendered;
import io.briefing.render.Renderer;
import io.briefing.render.fonts.FontCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer seam: an output format added in test code only — a tiny renderer that writes the model
 * as JSON — is written beside the PDF and the workbook, committed with them, and sees only the model.
 */
@Slow
class RendererSeamTest {
    @TempDir
    Path out;

    /** The model as JSON: title, key figures and each chart's points. Knows nothing but the model. */
    static final class JsonRenderer implements Renderer {
        @Override
        public String extension() {
            return "json";
        }

        @Override
        public Rendered render(Briefing b, Path target) throws IOException {
            StringBuilder sb = new StringBuilder("{\"title\":").append(q(b.info().title())).append(",\"keyFigures\":[");
            List<String> figures = new ArrayList<>();
            for (Block block : b.blocks()) {
                if (block instanceof Block.KeyFigures k) {
                    k.figures().forEach(f -> figures.add("{\"value\":" + q(f.value()) + ",\"label\":" + q(f.label()) + "}"));
                }
            }
            sb.append(String.join(",", figures)).append("],\"charts\":[");
            List<String> charts = new ArrayList<>();
            for (ChartModel c : b.charts()) {
                List<String> points = new ArrayList<>();
                for (ChartPoint p : c.points()) {
                    points.add("{\"category\":" + q(p.category()) + ",\"value\":" + p.value() + ",\"bound\":"
                            + q(p.bound().name()) + ",\"source\":" + p.ref().number() + "}");
                }
                charts.add("{\"kind\":" + q(c.kind().name()) + ",\"title\":" + q(c.title()) + ",\"points\":["
                        + String.join(",", points) + "]}");
            }
            sb.append(String.join(",", charts)).append("]}");
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(target, bytes);
            return new Rendered(bytes.length, 0, List.of());
        }

        private static String q(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** A format that always fails, to show that nothing of a briefing is written when one format fails. */
    static final class FailingRenderer implements Renderer {
        @Override
        public String extension() {
            return "broken";
        }

        @Override
        public Rendered render(Briefing b, Path target) throws IOException {
            Files.writeString(target, "half");
            throw new IOException("disk full (simulated)");
        }
    }

    private static Generator.Request seed(Path out) {
        return Generator.Request.of(TestFiles.MANIFEST, TestFiles.TEMPLATES.resolve("default.yaml"), out);
    }

    @Test
    void aFormatAddedInTestCodeIsWrittenBesideThePdfAndTheWorkbook() throws Exception {
        List<Renderer> formats = new ArrayList<>(Formats.standard(new FontCache(null)));
        formats.add(new JsonRenderer());
        Generator.Result r = new Generator(formats).run(seed(out));
        assertThat(r.files()).extracting(w -> w.path().getFileName().toString()).containsExactly(
                "china-llm-2024-2024-W51-en.pdf", "china-llm-2024-2024-W51-en.xlsx", "china-llm-2024-2024-W51-en.json");
        String json = Files.readString(out.resolve("china-llm-2024-2024-W51-en.json"));
        assertThat(json).startsWith("{\"title\":\"China's large language models in 2024\"")
                .contains("{\"value\":\"84.03%\",\"label\":\"Server concept index\"}")
                .contains("{\"kind\":\"HBAR\",\"title\":\"Start-up valuations\"")
                .contains("\"value\":2.0E10,\"bound\":\"LOWER\"");
    }

    @Test
    void aBriefingCanBeWrittenInOneFormatAlone() throws Exception {
        Generator.Result r = new Generator(List.of(new JsonRenderer())).run(seed(out));
        assertThat(r.files()).hasSize(1);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("china-llm-2024-2024-W51-en.json");
        }
    }

    @Test
    void whenOneFormatFailsNoFileOfTheBriefingIsWritten() throws Exception {
        List<Renderer> formats = new ArrayList<>(Formats.standard(new FontCache(null)));
        formats.add(new FailingRenderer());
        assertThatThrownBy(() -> new Generator(formats).run(seed(out))).isInstanceOf(IOException.class)
                .hasMessageContaining("disk full (simulated)");
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).isEmpty();
        }
    }
}
