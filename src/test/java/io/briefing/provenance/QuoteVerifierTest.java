package io.briefing.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTable;
import io.briefing.input.Warnings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteVerifierTest {
    @TempDir
    Path dir;

    private VerificationReport verify(Path manifest) throws Exception {
        FactTable t = new DatasetReader(new Warnings()).load(manifest);
        return Provenance.verify(t, new Warnings());
    }

    @Test
    void verifiesEverySeedFact() throws Exception {
        VerificationReport r = verify(TestFiles.MANIFEST);
        assertThat(r.failures()).isEmpty();
        assertThat(r.checks()).hasSize(24);
    }

    @Test
    void namesFactQuoteAndBothNumbersForATamperedValue() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",84.03,percent", ",84.3,percent");
        FactCheck c = verify(m).checks().get("idx-server");
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("84.3 percent").contains("84.03%").contains("服務器概念指數累計漲幅達84.03%");
    }

    @Test
    void rejectsATamperedQualifier() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",90,share,at_least,2024,Securities Times,證券時報,yes",
                ",90,share,exact,2024,Securities Times,證券時報,yes");
        FactCheck c = verify(m).checks().get("cut-cloud");
        assertThat(c.status()).isEqualTo(CheckStatus.QUALIFIER_MISMATCH);
        assertThat(c.detail()).isEqualTo("the fact's qualifier is exact, but the article has 「以上」 (at_least) at 「90%」");
    }

    @Test
    void rejectsAnInventedQuoteAndShowsTheClosestPassage() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, "百度首席技術官王海峰透露大模型產品文心一言的用戶規模已達到4.3億",
                "百度首席技術官王海峰透露文心一言的月活用戶已達到4.3億");
        FactCheck c = verify(m).checks().get("users-ernie");
        assertThat(c.status()).isEqualTo(CheckStatus.QUOTE_NOT_FOUND);
        assertThat(c.detail()).contains("does not occur in the article").contains("closest passage")
                .contains("用戶規模已達到4.3億");
    }

    @Test
    void rejectsAMonthThatDisagreesWithTheQuote() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",2024-05,Securities Times", ",2024-06,Securities Times");
        FactCheck c = verify(m).checks().get("ms-yuanbao");
        assertThat(c.status()).isEqualTo(CheckStatus.DATE_MISMATCH);
        assertThat(c.detail()).contains("2024-06").contains("[5]");
    }

    @Test
    void ignoresWidthAndWhitespaceDifferences() {
        QuoteVerifier v = new QuoteVerifier("降價幅度普遍達到90%以上,有的甚至直接免費。");
        assertThat(MatchText.foldAll("降價幅度 普遍達到９０％以上，有的")).isEqualTo(MatchText.foldAll("降價幅度普遍達到90%以上,有的"));
        assertThat(v.article()).contains("90%");
    }
}
