package dev.dossier.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {
    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");

    @Test
    void givenName_whenCreated_thenStrippedAndTimed() {
        Tenant t = Tenant.create("  Acme Bank ", NOW);
        assertThat(t.name()).isEqualTo("Acme Bank");
        assertThat(t.createdAt()).isEqualTo(NOW);
        assertThat(t.id()).isNotNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void givenBlankName_whenCreated_thenRequired(String name) {
        assertThatThrownBy(() -> Tenant.create(name, NOW)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.getMessage()).isEqualTo("This field is required.");
        });
    }

    @Test
    void givenNameOf200_whenCreated_thenAccepted_and201Refused() {
        assertThat(Tenant.create("x".repeat(200), NOW).name()).hasSize(200);
        assertThatThrownBy(() -> Tenant.create("x".repeat(201), NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Ensure this field has no more than 200 characters.");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\u0000Bank", "Acme\nBank", "Acme\u001bBank", "Acme\u0085Bank"})
    void givenControlCharacters_whenCreated_thenRefused(String name) {
        assertThatThrownBy(() -> Tenant.create(name, NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
