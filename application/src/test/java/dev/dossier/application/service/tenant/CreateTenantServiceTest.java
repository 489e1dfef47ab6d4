package dev.dossier.application.service.tenant;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.InMemoryTenantRepository;
import dev.dossier.application.port.in.tenant.CreateTenantCommand;
import dev.dossier.domain.tenant.Tenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateTenantServiceTest {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final CreateTenantService service = new CreateTenantService(tenants, new FixedTimeSource(NOW), tx);

    @Test
    void givenName_whenCreated_thenSavedStrippedAndTimed() {
        Tenant t = service.create(new CreateTenantCommand("  Acme Bank "));
        assertThat(t.name()).isEqualTo("Acme Bank");
        assertThat(t.createdAt()).isEqualTo(NOW);
        assertThat(tenants.findById(t.id())).contains(t);
        assertThat(tx.committed()).isEqualTo(1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void givenBlankName_whenCreated_thenFieldErrorOnName_andNothingSaved(String name) {
        assertThatThrownBy(() -> service.create(new CreateTenantCommand(name)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("name", List.of("This field is required."))));
        assertThat(tenants.all()).isEmpty();
    }

    @Test
    void givenNameTooLong_whenCreated_thenFieldErrorOnName() {
        assertThatThrownBy(() -> service.create(new CreateTenantCommand("x".repeat(201))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry(
                                        "name", List.of("Ensure this field has no more than 200 characters."))));
        assertThat(tenants.all()).isEmpty();
    }

    @Test
    void givenControlCharacterInName_whenCreated_thenFieldErrorOnName() {
        assertThatThrownBy(() -> service.create(new CreateTenantCommand("Acme\u0000Bank")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
        assertThat(tenants.all()).isEmpty();
    }
}
