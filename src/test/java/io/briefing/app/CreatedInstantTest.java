package io.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.input.InputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** SOURCE_DATE_EPOCH dates the files when set; set wrong, it is an error, never silently ignored. */
class CreatedInstantTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 20);

    @Test
    void unsetDatesTheFilesByTheAsOfDate() throws Exception {
        assertThat(Generator.created(AS_OF, null)).isEqualTo(Instant.parse("2024-12-20T00:00:00Z"));
        assertThat(Generator.created(AS_OF, "")).isEqualTo(Instant.parse("2024-12-20T00:00:00Z"));
    }

    @Test
    void aUnixTimeDatesTheFiles() throws Exception {
        assertThat(Generator.created(AS_OF, "1734652800")).isEqualTo(Instant.parse("2024-12-20T00:00:00Z"));
    }

    @Test
    void aValueThatIsNoTimeOrPastTheYear3000IsRefused() {
        for (String bad : new String[] {"abc", "-5", "1.5", "99999999999"}) {
            assertThatThrownBy(() -> Generator.created(AS_OF, bad)).as(bad).isInstanceOf(InputException.class)
                    .hasMessageContaining("SOURCE_DATE_EPOCH");
        }
    }
}
