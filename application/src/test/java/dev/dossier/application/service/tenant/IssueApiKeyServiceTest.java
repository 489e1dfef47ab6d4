package dev.dossier.application.service.tenant;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.InMemoryApiKeyRepository;
import dev.dossier.application.fakes.InMemoryTenantRepository;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.tenant.IssueApiKeyCommand;
import dev.dossier.application.port.in.tenant.IssuedApiKey;
import dev.dossier.application.service.auth.AuthenticateApiKeyService;
import dev.dossier.application.service.auth.RecentApiKeys;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssueApiKeyServiceTest {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final SequenceSecretGenerator secrets = new SequenceSecretGenerator();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final IssueApiKeyService service =
            new IssueApiKeyService(tenants, keys, secrets, new FixedTimeSource(NOW), tx);
    private Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = Tenant.create("Acme Bank", NOW);
        tenants.save(tenant);
    }

    @Test
    void givenMissingTenant_whenKeyIssued_thenNotFound_andNothingSaved() {
        assertThatThrownBy(
                        () -> service.issue(new IssueApiKeyCommand(TenantId.generate(), "ops@example.com", Set.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void givenTenant_whenKeyIssued_thenSecretReturnedOnce_andOnlyItsHashSaved() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(tenant.id(), "ops@example.com", Set.of()));

        assertThat(issued.secret()).isEqualTo(secrets.last()).startsWith("dsk_");
        assertThat(keys.all()).hasSize(1);
        ApiKey saved = keys.all().get(0);
        assertThat(saved).isEqualTo(issued.key());
        assertThat(saved.secretHash()).isEqualTo(ApiKey.hashOf(issued.secret())).matches("[0-9a-f]{64}");
        assertThat(saved.toString()).doesNotContain(issued.secret());
        assertThat(saved.email()).isEqualTo("ops@example.com");
        assertThat(saved.tenantId()).isEqualTo(tenant.id());
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(tx.committed()).isEqualTo(1);
    }

    @Test
    void givenNoScopes_whenKeyIssued_thenDocumentsScope() {
        assertThat(service.issue(new IssueApiKeyCommand(tenant.id(), "ops@example.com", null))
                        .key()
                        .scopes())
                .containsExactly(Scope.DOCUMENTS);
    }

    @Test
    void givenScopes_whenKeyIssued_thenExactlyThose() {
        IssuedApiKey issued = service.issue(new IssueApiKeyCommand(
                tenant.id(), "ops@example.com", EnumSet.of(Scope.DOCUMENTS, Scope.CONFIDENTIAL)));
        assertThat(issued.key().scopes()).containsExactlyInAnyOrder(Scope.DOCUMENTS, Scope.CONFIDENTIAL);
    }

    @Test
    void givenInvalidEmail_whenKeyIssued_thenFieldErrorOnEmail_andNothingSaved() {
        assertThatThrownBy(() -> service.issue(new IssueApiKeyCommand(tenant.id(), "not-an-email", Set.of())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("email", List.of("Enter a valid email address."))));
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void givenMissingEmail_whenKeyIssued_thenRequired() {
        assertThatThrownBy(() -> service.issue(new IssueApiKeyCommand(tenant.id(), null, Set.of())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(Map.entry("email", List.of("This field is required."))));
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void givenIssuedKey_whenItsSecretIsPresented_thenItAuthenticatesAsTheTenant() {
        IssuedApiKey issued =
                service.issue(new IssueApiKeyCommand(tenant.id(), "ops@example.com", EnumSet.of(Scope.REVIEW)));
        Caller caller = new AuthenticateApiKeyService(keys, new FixedTimeSource(NOW), tx, new RecentApiKeys())
                .authenticate(issued.secret());
        assertThat(caller.tenantId()).isEqualTo(tenant.id());
        assertThat(caller.keyId()).isEqualTo(issued.key().id());
        assertThat(caller.scopes()).containsExactly(Scope.REVIEW);
    }

    @Test
    void givenTwoKeys_thenDistinctSecretsAndHashes() {
        IssuedApiKey a = service.issue(new IssueApiKeyCommand(tenant.id(), "a@example.com", Set.of()));
        IssuedApiKey b = service.issue(new IssueApiKeyCommand(tenant.id(), "b@example.com", Set.of()));
        assertThat(a.secret()).isNotEqualTo(b.secret());
        assertThat(a.key().secretHash()).isNotEqualTo(b.key().secretHash());
        assertThat(keys.all()).hasSize(2);
    }

    @Test
    void givenFutureExpiry_whenIssued_thenKeptOnTheKey() {
        IssuedApiKey issued =
                service.issue(new IssueApiKeyCommand(tenant.id(), "ops@example.com", Set.of(), NOW.plusSeconds(3600)));
        assertThat(keys.all()).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(issued.key().id());
            assertThat(k.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        });
    }

    @Test
    void givenPastExpiry_whenIssued_thenFieldErrorAndNothingStored() {
        assertThatThrownBy(() -> service.issue(
                        new IssueApiKeyCommand(tenant.id(), "ops@example.com", Set.of(), NOW.minusSeconds(1))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors())
                                .isEqualTo(Map.of("expires_at", List.of("Must be in the future."))));
        assertThat(keys.all()).isEmpty();
    }
}
