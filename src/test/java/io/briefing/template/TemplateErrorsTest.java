package io.briefing.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.cli.CliProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of template error is reported with file:line:column, before anything is written. */
class TemplateErrorsTest {
    @TempDir
    Path dir;

    private CliProbe.Result generate(String template) throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, template);
        Path out = dir.resolve("out");
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(out.toFile().list() == null ? new String[0] : out.toFile().list()).isEmpty();
        return r;
    }

    @Test
    void reportsYamlSyntaxWithLineAndColumn() throws Exception {
        String err = generate("sections:\n  - type: text\n    paragraphs: [\"a\", \"b\"\n").err();
        assertThat(err).containsPattern("t\\.yaml:4:1: YAML syntax: .*");
    }

    @Test
    void reportsAnUnknownSectionType() throws Exception {
        String err = generate("sections:\n  - type: key-figures\n  - type: pie\n").err();
        assertThat(err).contains("t.yaml:3:11: sections[1].type: unknown section type 'pie'. Fix: use one of: key-figures,");
    }

    @Test
    void reportsAnUnknownChartKind() throws Exception {
        String err = generate("sections:\n  - type: chart\n    kind: donut\n    facts: [idx-server]\n").err();
        assertThat(err).contains("t.yaml:3:11: sections[0].kind: unknown chart kind 'donut'. Fix: use one of: auto, bar, hbar,");
    }

    @Test
    void reportsAFactIdThatDoesNotExist() throws Exception {
        String err = generate("sections:\n  - type: chart\n    facts: [idx-server, idx-servr]\n").err();
        assertThat(err).contains("t.yaml:3:25: sections[0].facts[1]: the fact id 'idx-servr' does not exist in "
                + "china-llm-2024.facts.csv. Fix: use an id from the fact table's id column (did you mean 'idx-server'?)");
    }

    @Test
    void reportsAPlaceholderThatDoesNotResolve() throws Exception {
        String err = generate("sections:\n  - type: text\n    paragraphs:\n      - \"Up {idx-nothing} today\"\n").err();
        assertThat(err).contains("t.yaml:4:9: sections[0].paragraphs[0]: the placeholder {idx-nothing} names no fact");
    }

    @Test
    void reportsAnUnknownKeyInsteadOfIgnoringIt() throws Exception {
        String err = generate("sections:\n  - type: table\n    colums: [entity]\n").err();
        assertThat(err).contains("t.yaml:3:13: sections[0].colums: unknown key 'colums'");
    }

    @Test
    void refusesATableWithNoColumn() throws Exception {
        // an empty list reached OpenPDF, which threw: exit 3
        String err = generate("sections:\n  - type: table\n    facts: all\n    columns: []\n").err();
        assertThat(err).contains("t.yaml:4:14: sections[0].columns: a table needs at least one column");
    }

    @Test
    void aTimelineInSmallChartsIsLaidOutAtFullWidth(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("small.yaml");
        Files.writeString(t, "sections:\n  - type: charts\n    for-each: category\n    size: small\n");
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("internal error");
    }

    @Test
    void reportsAOnePageTemplateThatDoesNotFit() throws Exception {
        String err = generate("one-page: true\nsections:\n  - type: table\n    facts: all\n    columns: [entity, quote]\n"
                + "  - type: charts\n  - type: sources\n").err();
        assertThat(err).containsPattern("t\\.yaml: the one-page template does not fit on one page: the content takes \\d pages");
    }

    @Test
    void refusesAnOutputNameThatLeavesTheOutputFolder() throws Exception {
        assertThat(generate("output: ../../etc/briefing\nsections:\n  - type: sources\n").err())
                .contains("t.yaml:1:9: output: the output name '../../etc/briefing' would leave the output folder");
        assertThat(generate("output: /tmp/briefing\nsections:\n  - type: sources\n").err())
                .contains("t.yaml:1:9: output: the output name '/tmp/briefing' would leave the output folder");
    }

    @Test
    void usesTheTemplatesOutputName() throws Exception {
        Path t = dir.resolve("named.yaml");
        Files.writeString(t, "output: weekly-{date}-{lang}\nsections:\n  - type: sources\n");
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("o").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("o/weekly-2024-12-20-en.pdf")).exists();
    }

    @Test
    void readsTheShippedTemplates() throws Exception {
        Template d = new TemplateReader().read(TestFiles.TEMPLATES.resolve("default.yaml"));
        Template e = new TemplateReader().read(TestFiles.TEMPLATES.resolve("executive-summary.yaml"));
        assertThat(d.sections()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(e.onePage()).isTrue();
    }
}
