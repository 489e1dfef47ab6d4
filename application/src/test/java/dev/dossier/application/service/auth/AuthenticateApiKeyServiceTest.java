package dev.dossier.application.service.auth;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.fakes.InMemoryApiKeyRepository;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateApiKeyServiceTest {
    private static final String SECRET = "dsk_Q2hlY2tUaGlzSXNBUmVhbGx5TG9uZ1NlY3JldEtleQ";
    private final TenantId tenant = TenantId.generate();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final AuthenticateApiKeyService service = new AuthenticateApiKeyService(keys);
    private ApiKey key;

    @BeforeEach
    void setUp() {
        key = ApiKey.issue(tenant, "ops@example.com", EnumSet.of(Scope.DOCUMENTS, Scope.REVIEW), SECRET, NOW);
        keys.save(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void givenNoKey_whenAuthenticated_thenMissing(String presented) {
        assertThatThrownBy(() -> service.authenticate(presented))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.MISSING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dsk_wrong", "dsk_Q2hlY2tUaGlzSXNBUmVhbGx5TG9uZ1NlY3JldEtle", "Bearer x"})
    void givenUnknownKey_whenAuthenticated_thenInvalid(String presented) {
        assertThatThrownBy(() -> service.authenticate(presented))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID));
    }

    @Test
    void givenOverlongKey_whenAuthenticated_thenInvalid() {
        assertThatThrownBy(() -> service.authenticate("k".repeat(100_000)))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID));
    }

    @Test
    void givenStoredHashPresentedAsKey_whenAuthenticated_thenInvalid() {
        assertThatThrownBy(() -> service.authenticate(key.secretHash()))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID));
    }

    @Test
    void givenValidKey_whenAuthenticated_thenCallerOfItsTenantWithItsScopes() {
        Caller caller = service.authenticate(SECRET);
        assertThat(caller.tenantId()).isEqualTo(tenant);
        assertThat(caller.keyId()).isEqualTo(key.id());
        assertThat(caller.email()).isEqualTo("ops@example.com");
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.DOCUMENTS, Scope.REVIEW);
        assertThat(caller.has(Scope.CONFIDENTIAL)).isFalse();
    }

    @Test
    void givenValidKeyWithSurroundingWhitespace_whenAuthenticated_thenAccepted() {
        assertThat(service.authenticate("  " + SECRET + "\t").keyId()).isEqualTo(key.id());
    }
}
