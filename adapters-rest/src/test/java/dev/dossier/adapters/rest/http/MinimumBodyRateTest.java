package dev.dossier.adapters.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MinimumBodyRateTest {
    private final MinimumBodyRate rate = new MinimumBodyRate(1000, Duration.ofSeconds(10));

    @Test
    void givenWithinGrace_whenNothingArrived_thenNotTooSlow() {
        assertThat(rate.tooSlow(0, Duration.ofSeconds(10))).isFalse();
    }

    @Test
    void givenGraceOver_whenAverageBelowRate_thenTooSlow() {
        assertThat(rate.tooSlow(11, Duration.ofSeconds(11))).isTrue();
        assertThat(rate.tooSlow(10_999, Duration.ofSeconds(11))).isTrue();
    }

    @Test
    void givenGraceOver_whenAverageAtRate_thenNotTooSlow() {
        assertThat(rate.tooSlow(11_000, Duration.ofSeconds(11))).isFalse();
    }

    @Test
    void givenRateOff_whenNothingArrives_thenNeverTooSlow() {
        assertThat(MinimumBodyRate.OFF.tooSlow(0, Duration.ofHours(1))).isFalse();
    }

    @Test
    void givenNegativeRate_thenRefused() {
        assertThatThrownBy(() -> new MinimumBodyRate(-1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimum upload rate");
    }
}
