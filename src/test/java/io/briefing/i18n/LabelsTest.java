package io.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Qualifier;
import io.briefing.provenance.CheckStatus;
import io.briefing.template.Column;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the program asks for exists in both languages: the literal keys in the source, and the
 * keys made from a qualifier, a table column or a check status. A missing label would print its key.
 */
class LabelsTest {
    private static final Pattern LITERAL = Pattern.compile("(?:labels|\\bl)\\.get\\(\"([a-z][a-z0-9.-]*[a-z0-9])\"\\s*[,)]");

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/io/briefing/i18n/labels_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysAskedFor() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Qualifier q : Qualifier.values()) {
            keys.add("qualifier." + q.code());
        }
        for (Column c : Column.values()) {
            keys.add("col." + c.code());
        }
        keys.addAll(List.of("status.verified", "status.dated-by-article", "status.unverified", "status.not-checked"));
        return keys;
    }

    @Test
    void everyLabelTheProgramAsksForExistsInBothLanguages() throws IOException {
        Set<String> keys = keysAskedFor();
        assertThat(keys).hasSizeGreaterThan(50);
        for (String lang : List.of("en", "zh")) {
            Properties p = load(lang);
            List<String> missing = new ArrayList<>();
            for (String k : keys) {
                if (!p.containsKey(k)) {
                    missing.add(k);
                }
            }
            assertThat(missing).as("labels missing in labels_" + lang + ".properties").isEmpty();
        }
    }

    @Test
    void everyCheckStatusHasWords() {
        for (CheckStatus s : CheckStatus.values()) {
            assertThat(s.words()).isNotBlank();
        }
    }
}
