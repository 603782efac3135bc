package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliUsageTest {
    @Test
    void helpListsSubcommandsAndExitCodes() {
        CliProbe.Result r = CliProbe.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("generate", "verify", "source", "templates", "batch", "Exit codes:", "2   bad usage");
    }

    @Test
    void versionNamesTheTool() {
        CliProbe.Result r = CliProbe.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("briefing 0.1.0");
    }

    @Test
    void aDateThatDoesNotExistIsBadUsageInTheToolsOwnWords() {
        CliProbe.Result r = CliProbe.run("generate", "--as-of", "2024-13-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'2024-13-01' is not a date that exists; write YYYY-MM-DD")
                .doesNotContain("java.time").doesNotContain("DateTimeParseException");
    }

    @Test
    void formatSelectsTheFilesWrittenAndAnUnknownOneIsBadUsage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        CliProbe.Result xlsx = CliProbe.run("generate", "--format", "xlsx", "-o", dir.toString(), "--name", "b");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("b.xlsx");
        }
        CliProbe.Result unknown = CliProbe.run("generate", "--format", "docx", "-o", dir.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--format: unknown format 'docx'; use " + String.join(", ",
                io.briefing.render.Formats.codes()));
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliProbe.Result r = CliProbe.run("generate", "--colour");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void printsOnUsLetterWhenAsked(@TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "--page", "letter", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (var d = org.apache.pdfbox.Loader.loadPDF(out.resolve("china-llm-2024-2024-W51-en.pdf").toFile())) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(d.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        assertThat(CliProbe.run("generate", "--page", "a3", "-o", out.toString()).exit()).isEqualTo(2);
    }

    @Test
    void unknownLanguageIsBadUsage() {
        assertThat(CliProbe.run("generate", "--lang", "fr").exit()).isEqualTo(2);
    }

    @Test
    void missingFactTableIsBadInputWithoutStackTrace(@TempDir Path out) {
        CliProbe.Result r = CliProbe.run("generate", "-d", "seeds/nope.yaml", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: seeds/nope.yaml: the dataset manifest does not exist. Fix: check the path, "
                + "or run from the project folder\n");
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path out) {
        CliProbe.Result r = CliProbe.run("generate", "-d", "seeds/nope.yaml", "-o", out.toString(), "--verbose");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    void missingTemplateIsBadInput(@TempDir Path out) {
        CliProbe.Result r = CliProbe.run("generate", "-t", "weekly-nope", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no template named 'weekly-nope' in report-templates (looked in ", "Fix: run 'briefing templates'");
    }

    @Test
    void outputFolderThatCannotBeMadeIsReportedClearly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a-file");
        java.nio.file.Files.writeString(file, "x");
        CliProbe.Result r = CliProbe.run("generate", "-o", file.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("a-file/sub: the output folder cannot be created").contains("Fix: create it, or choose another");
    }

    @Test
    void outputNameOutsideTheFolderIsRefused(@TempDir Path dir) {
        CliProbe.Result r = CliProbe.run("generate", "-o", dir.toString(), "--name", "../escape");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the output name '../escape.pdf' would leave the output folder");
    }

    @Test
    void aFolderGivenAsTemplateIsBadInput(@TempDir Path dir) {
        CliProbe.Result r = CliProbe.run("generate", "-t", dir.toString() + "/", "-o", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is a folder, not a template");
    }

    @Test
    void templatesListsTheShippedOnes() {
        CliProbe.Result r = CliProbe.run("templates");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("default", "executive-summary");
        assertThat(r.out().lines()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void templatesListsEveryGoodTemplateAndSaysWhichOnesAreBroken(@TempDir Path dir) throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("report-templates"))) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        // sorted first, a broken file used to hide every template after it
        java.nio.file.Files.writeString(dir.resolve("a-broken.yaml"), "name: broken\nsections: 7\n");
        CliProbe.Result r = CliProbe.run("templates", "--templates-dir", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("default", "executive-summary");
        assertThat(r.err()).contains("a-broken.yaml").contains("Fix:");
    }

    @Test
    void fallsBackToMSungLightWhenNoFontIsFoundAndSaysSo(@TempDir Path out) throws Exception {
        io.briefing.render.fonts.SystemFonts.search(false);
        try {
            CliProbe.Result r = CliProbe.run("generate", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains("warning: no CJK font found on this machine; using OpenPDF's non-embedded MSung-Light");
            Path pdf = out.resolve("china-llm-2024-2024-W51-en.pdf");
            assertThat(Documents.fonts(pdf)).anySatisfy(f -> assertThat(f).startsWith("MSung-Light"));
            assertThat(Documents.text(pdf)).contains("智譜AI", "84.03%");
        } finally {
            io.briefing.render.fonts.SystemFonts.search(true);
        }
    }

    @Test
    void anExplicitFontThatCannotBeUsedIsBadInput(@TempDir Path out) throws Exception {
        Path bogus = out.resolve("bogus.ttf");
        java.nio.file.Files.writeString(bogus, "not a font");
        CliProbe.Result r = CliProbe.run("generate", "--font", bogus.toString(), "-o", out.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cannot be used");
    }
}
