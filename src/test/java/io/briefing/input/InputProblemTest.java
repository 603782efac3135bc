package io.briefing.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A message shows what the input holds, never acts on it: invisible characters are written as code points. */
class InputProblemTest {
    @Test
    void aRightToLeftOverrideOrALineSeparatorInAValueIsWrittenAsItsCodePoint() {
        String m = InputProblem.of(Path.of("t.csv"), 3, "entity_en", "'abc\u202Edef' and 'x\u2028y' and a bell \u0007", "fix it")
                .message();
        assertThat(m).isEqualTo("t.csv:3: entity_en: 'abc<U+202E>def' and 'x<U+2028>y' and a bell <U+0007>. Fix: fix it");
        assertThat(InputProblem.visible("平常的文字 plain")).isEqualTo("平常的文字 plain");
    }
}
