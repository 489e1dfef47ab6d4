package dev.dossier.application.service.auth;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.InMemoryApiKeyRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateApiKeyServiceTest {
    private static final String SECRET = "dsk_Q2hlY2tUaGlzSXNBUmVhbGx5TG9uZ1NlY3JldEtleQ";
    private final TenantId tenant = TenantId.generate();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final RecentApiKeys recent = new RecentApiKeys();
    private final AuthenticateApiKeyService service = new AuthenticateApiKeyService(keys, time, tx, recent);
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
        assertRefused(() -> service.authenticate(presented), AuthenticationException.Reason.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dsk_wrong", "dsk_Q2hlY2tUaGlzSXNBUmVhbGx5TG9uZ1NlY3JldEtle", "Bearer x"})
    void givenUnknownKey_whenAuthenticated_thenInvalid(String presented) {
        assertRefused(() -> service.authenticate(presented), AuthenticationException.Reason.INVALID);
    }

    @Test
    void givenOverlongKey_whenAuthenticated_thenInvalid() {
        assertRefused(() -> service.authenticate("k".repeat(100_000)), AuthenticationException.Reason.INVALID);
    }

    @Test
    void givenStoredHashPresentedAsKey_whenAuthenticated_thenInvalid() {
        assertRefused(() -> service.authenticate(key.secretHash()), AuthenticationException.Reason.INVALID);
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

    @Test
    void givenRevokedKey_whenAuthenticated_thenInvalidLikeAnUnknownKey() {
        keys.revoke(tenant, key.id(), NOW.plusSeconds(1));
        time.set(NOW.plusSeconds(2));
        assertRefused(() -> service.authenticate(SECRET), AuthenticationException.Reason.INVALID);
    }

    @Test
    void givenKeyWithExpiry_whenAuthenticatedBeforeAndAtIt_thenAcceptedThenInvalid() {
        String secret = "dsk_ExpiringKeyExpiringKeyExpiringKeyExpiringKey1";
        ApiKey expiring = ApiKey.issue(tenant, "ops@example.com", Set.of(), secret, NOW, NOW.plusSeconds(10));
        keys.save(expiring);
        time.set(NOW.plusSeconds(9));
        assertThat(service.authenticate(secret).keyId()).isEqualTo(expiring.id());
        time.set(NOW.plusSeconds(10));
        assertRefused(() -> service.authenticate(secret), AuthenticationException.Reason.INVALID);
    }

    @Test
    void givenRepeatedUse_whenAuthenticated_thenLastUseWrittenAtMostOncePerMinute() {
        service.authenticate(SECRET);
        assertThat(keys.useWrites()).isEqualTo(1);
        assertThat(keys.all())
                .singleElement()
                .satisfies(k -> assertThat(k.lastUsedAt()).isEqualTo(NOW));
        time.advance(Duration.ofSeconds(30));
        service.authenticate(SECRET);
        time.advance(Duration.ofSeconds(29));
        service.authenticate(SECRET);
        assertThat(keys.useWrites()).isEqualTo(1);
        time.advance(Duration.ofSeconds(2));
        service.authenticate(SECRET);
        assertThat(keys.useWrites()).isEqualTo(2);
        assertThat(keys.all())
                .singleElement()
                .satisfies(k -> assertThat(k.lastUsedAt()).isEqualTo(NOW.plusSeconds(61)));
    }

    @Test
    void givenFailingWriteOfLastUse_whenAuthenticated_thenCallerStillAuthenticated() {
        keys.failUseWrites(true);
        assertThat(service.authenticate(SECRET).keyId()).isEqualTo(key.id());
        assertThat(keys.useWrites()).isEqualTo(1);
        assertThat(tx.rolledBack()).isEqualTo(1);
    }

    @Test
    void givenRunOfRequests_whenAuthenticated_thenKeyReadOncePerFreshnessInterval() {
        for (int i = 0; i < 20; i++) {
            service.authenticate(SECRET);
            time.advance(Duration.ofMillis(200));
        }
        // 20 requests over 4 s: one read, and one write of the last use (the remembered key knows it)
        assertThat(keys.hashLookups()).isEqualTo(1);
        assertThat(keys.useWrites()).isEqualTo(1);
        time.set(NOW.plus(RecentApiKeys.FRESHNESS));
        service.authenticate(SECRET);
        assertThat(keys.hashLookups()).isEqualTo(2);
    }

    @Test
    void givenKeyRevokedThroughAnotherInstance_whenAuthenticated_thenRefusedOnceFreshnessRunsOut() {
        service.authenticate(SECRET);
        keys.revoke(tenant, key.id(), NOW.plusSeconds(1)); // a row this instance did not change
        time.set(NOW.plus(RecentApiKeys.FRESHNESS).minusMillis(1));
        assertThat(service.authenticate(SECRET).keyId()).isEqualTo(key.id());
        time.set(NOW.plus(RecentApiKeys.FRESHNESS));
        assertRefused(() -> service.authenticate(SECRET), AuthenticationException.Reason.INVALID);
    }

    @Test
    void givenKeyForgottenAsThisInstanceRevokesIt_whenAuthenticated_thenRefusedAtOnce() {
        service.authenticate(SECRET);
        keys.revoke(tenant, key.id(), NOW);
        recent.forget(key.id());
        assertRefused(() -> service.authenticate(SECRET), AuthenticationException.Reason.INVALID);
        assertThat(keys.hashLookups()).isEqualTo(2);
    }

    @Test
    void givenUnknownKeysRepeated_whenAuthenticated_thenLookedUpEveryTimeAndNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertRefused(() -> service.authenticate("dsk_unknown"), AuthenticationException.Reason.INVALID);
        }
        assertThat(keys.hashLookups()).isEqualTo(3);
        assertThat(recent.fresh(ApiKey.hashOf("dsk_unknown"), NOW)).isEmpty();
    }

    @Test
    void givenClockSetBack_whenAuthenticated_thenKeyReadAgain() {
        time.set(NOW.plusSeconds(60));
        service.authenticate(SECRET);
        time.set(NOW);
        service.authenticate(SECRET);
        assertThat(keys.hashLookups()).isEqualTo(2);
    }

    @Test
    void givenMapFull_whenAnotherKeyIsRemembered_thenStaleKeysGoAndTheMapStaysBounded() {
        for (int i = 0; i < RecentApiKeys.CAPACITY; i++) {
            recent.remember(ApiKey.issue(tenant, "ops@example.com", Set.of(), "dsk_filler" + i, NOW), NOW);
        }
        assertThat(recent.fresh(ApiKey.hashOf("dsk_filler0"), NOW)).isPresent();
        time.set(NOW.plus(RecentApiKeys.FRESHNESS));
        service.authenticate(SECRET); // read now, remembered while the others are stale
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.fresh(key.secretHash(), time.now())).isPresent();
    }

    static void assertRefused(ThrowingCallable call, AuthenticationException.Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
