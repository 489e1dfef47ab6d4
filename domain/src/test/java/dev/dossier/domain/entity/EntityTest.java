package dev.dossier.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTest {
    private static final TenantId TENANT = TenantId.generate();
    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");

    @Test
    void givenValidValues_whenCreated_thenKept() {
        Entity e = Entity.create(TENANT, " Acme Ltd ", EntityType.COMPANY, NOW);
        assertThat(e.name()).isEqualTo("Acme Ltd");
        assertThat(e.type()).isEqualTo(EntityType.COMPANY);
        assertThat(e.tenantId()).isEqualTo(TENANT);
        assertThat(e.createdAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void givenBlankName_whenCreated_thenRequired(String name) {
        assertThatThrownBy(() -> Entity.create(TENANT, name, EntityType.INDIVIDUAL, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("This field is required.");
                });
    }

    @Test
    void givenNameOf255_whenCreated_thenAccepted_and256Refused() {
        assertThat(Entity.create(TENANT, "n".repeat(255), EntityType.COMPANY, NOW)
                        .name())
                .hasSize(255);
        assertThatThrownBy(() -> Entity.create(TENANT, "n".repeat(256), EntityType.COMPANY, NOW))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("Ensure this field has no more than 255 characters.");
                });
    }

    @Test
    void givenControlCharacter_whenCreated_thenRefused() {
        assertThatThrownBy(() -> Entity.create(TENANT, "Acme\u0007Ltd", EntityType.COMPANY, NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void givenEntityTypeWireNames_thenExactLowerCase() {
        assertThat(EntityType.fromWireName("company")).contains(EntityType.COMPANY);
        assertThat(EntityType.fromWireName("individual")).contains(EntityType.INDIVIDUAL);
        assertThat(EntityType.fromWireName("Company")).isEmpty();
        assertThat(EntityType.fromWireName("partnership")).isEmpty();
    }
}
