package dev.dossier.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void givenDefault_whenParsed_thenSevenDelaysAndEightAttempts() {
        RetrySchedule schedule = RetrySchedule.parse(RetrySchedule.DEFAULT);

        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.delayAfter(2)).contains(Duration.ofSeconds(300));
        assertThat(schedule.delayAfter(7)).contains(Duration.ofSeconds(36000));
        assertThat(schedule.delayAfter(8)).isEmpty();
    }

    @Test
    void givenSpacesAroundDelays_whenParsed_thenAccepted() {
        assertThat(RetrySchedule.parse(" 1, 2 ,3").delays())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(RetrySchedule.parse("").maxAttempts()).isEqualTo(1);
    }

    @Test
    void givenMalformedValue_whenParsed_thenRefusedNamingTheSetting() {
        assertThatThrownBy(() -> RetrySchedule.parse("5,,10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOSSIER_WEBHOOK_RETRY_SCHEDULE");
        assertThatThrownBy(() -> RetrySchedule.parse("5s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOSSIER_WEBHOOK_RETRY_SCHEDULE");
        assertThatThrownBy(() -> RetrySchedule.parse("0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 604800");
    }
}
