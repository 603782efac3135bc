package io.briefing.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceCleanerTest {
    static String raw;
    static SourceCleaner.Cleaned cleaned;

    @BeforeAll
    static void clean() throws Exception {
        raw = Files.readString(TestFiles.ARTICLE);
        cleaned = SourceCleaner.clean(raw);
    }

    @Test
    void removesEveryPinyinAnnotationOfTheSeedArticle() {
        assertThat(PinyinAnnotations.strip(raw).removed()).isBetween(250, 260);
        assertThat(PinyinAnnotations.hasAnnotation(cleaned.text())).isFalse();
        assertThat(cleaned.text()).doesNotContainPattern("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]");
        assertThat(cleaned.text()).contains("中國大模型經歷了什么").contains("新品發布會告一段落");
    }

    @Test
    void keepsOrdinaryParentheses() {
        assertThat(PinyinAnnotations.strip("Scaling Law(規模定律)被推崇,經(jīng)歷").text())
                .isEqualTo("Scaling Law(規模定律)被推崇,經歷");
    }

    @Test
    void findsTheFourteenMojibakePassages() {
        List<MojibakeRepair.Passage> ps = cleaned.passages();
        assertThat(ps).hasSize(14);
        assertThat(ps).allSatisfy(p -> assertThat(p.damaged()).startsWith("?"));
        // the real question marks of the headline are not mojibake
        assertThat(cleaned.text()).startsWith("即將過去的2024年,中國大模型經歷了什么?獲得了什么?又將面臨什么挑戰?");
    }

    @Test
    void repairsPassagesWhoseBytesAreAllThere() {
        assertThat(repairOf("?!蓖貔i")).isEqualTo("。”王鵬");
        assertThat(repairOf("?!斑@反映")).isEqualTo("。“這反映");
        assertThat(repairOf("?!碧焓雇顿Y")).isEqualTo("。”天使投資");
        assertThat(repairOf("?!惫鶟J為")).startsWith("。”郭濤認為");
        assertThat(repairOf("?!耙环矫")).startsWith("。“一方面");
        assertThat(cleaned.text()).contains("執行能力。”王鵬說").contains("炒作。”郭濤表示");
    }

    @Test
    void marksWhatCannotBeRecoveredInsteadOfGuessingSilently() {
        assertThat(cleaned.passages()).anySatisfy(p -> {
            assertThat(p.repaired()).contains(MojibakeRepair.UNRECOVERED);
            assertThat(p.confidence()).isEqualTo(MojibakeRepair.Confidence.LOW);
        });
        assertThat(cleaned.passages()).filteredOn(p -> p.unrecovered() > 0)
                .allSatisfy(p -> assertThat(p.confidence()).isEqualTo(MojibakeRepair.Confidence.LOW));
    }

    @Test
    void keepsEveryCharacterOutsideTheDamagedPassagesInOrder() {
        // what is outside the damaged passages, its pinyin readings removed, must come through whole and in order
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (MojibakeRepair.Passage p : cleaned.passages()) {
            kept.append(PinyinAnnotations.strip(raw.substring(at, p.start())).text());
            at = p.end();
        }
        kept.append(PinyinAnnotations.strip(raw.substring(at)).text());
        String marked = cleaned.marked();
        int j = 0;
        for (int i = 0; i < kept.length(); i++) {
            int found = marked.indexOf(kept.charAt(i), j);
            assertThat(found).as("character %d of the undamaged text ('%s') is kept after position %d", i, kept.charAt(i), j)
                    .isGreaterThanOrEqualTo(0);
            j = found + 1;
        }
        assertThat(marked.length()).isGreaterThanOrEqualTo(kept.length());
    }

    @Test
    void marksEveryGuessInTheNormalizedTextItself() {
        String marked = cleaned.marked();
        for (MojibakeRepair.Passage p : cleaned.passages()) {
            assertThat(marked).contains(PinyinAnnotations.strip(p.annotated()).text());
            if (p.guessedBytes() > 0) {
                assertThat(p.annotated()).containsAnyOf("⟨", MojibakeRepair.UNRECOVERED);
            }
        }
        // the '?' before "025年" swallowed the 2 of 2025 with it: the lost digit is marked, not dropped
        assertThat(marked).contains(MojibakeRepair.UNRECOVERED + "025年迎來更為激烈");
        assertThat(marked).doesNotContain("在025年");
    }

    @Test
    void neverChangesTheOriginal() throws Exception {
        assertThat(Files.readString(TestFiles.ARTICLE)).isEqualTo(raw);
        assertThat(Files.readString(TestFiles.ARTICLE)).isEqualTo(Files.readString(
                java.nio.file.Path.of("../shared/seeds/000_d91e563ab3aa7121.txt").toFile().exists()
                        ? java.nio.file.Path.of("../shared/seeds/000_d91e563ab3aa7121.txt") : TestFiles.ARTICLE));
    }

    private static String repairOf(String damagedStart) {
        return cleaned.passages().stream().filter(p -> p.damaged().startsWith(damagedStart)).findFirst()
                .map(MojibakeRepair.Passage::repaired).orElseThrow(() -> new AssertionError("no passage " + damagedStart));
    }
}
