package dev.dossier.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void givenValueWithinLimitAfterStripping_thenAccepted() {
        assertThat(Text.required("f", "  " + "x".repeat(10) + "  ", 10)).isEqualTo("x".repeat(10));
    }

    @Test
    void givenInnerTab_thenRefusedAsControlCharacter() {
        assertThatThrownBy(() -> Text.required("f", "a\tb", 10))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("f");
                    assertThat(e.getMessage()).isEqualTo("This field must not contain control characters.");
                });
    }
}
