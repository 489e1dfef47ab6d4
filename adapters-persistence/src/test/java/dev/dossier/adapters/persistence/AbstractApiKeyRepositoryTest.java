package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.ApiKeyRepository;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of {@link ApiKeyRepository}, run on every database. */
abstract class AbstractApiKeyRepositoryTest extends PersistenceContractTest {

    private ApiKeyRepository repository() {
        return new JpaApiKeyRepository(em);
    }

    @Test
    void givenSavedKey_whenLookedUpByHash_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        ApiKey key = ApiKey.issue(
                tenant.id(), "ops@example.com", EnumSet.of(Scope.REVIEW, Scope.CONFIDENTIAL), "key_secret-1", T0);
        inTx(() -> repository().save(key));

        assertThat(repository().findBySecretHash(ApiKey.hashOf("key_secret-1")))
                .contains(new ApiKey(
                        key.id(),
                        tenant.id(),
                        "ops@example.com",
                        Set.of(Scope.REVIEW, Scope.CONFIDENTIAL),
                        key.secretHash(),
                        T0.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void givenKeyWithEveryScope_whenLookedUp_thenEveryScopeKept() {
        Tenant tenant = givenTenant();
        ApiKey key = ApiKey.issue(tenant.id(), "all@example.com", EnumSet.allOf(Scope.class), "key_all", T0);
        inTx(() -> repository().save(key));

        assertThat(repository().findBySecretHash(key.secretHash()))
                .map(ApiKey::scopes)
                .contains(EnumSet.allOf(Scope.class));
    }

    @Test
    void givenKeyWithoutScopes_whenLookedUp_thenNoScopes() {
        Tenant tenant = givenTenant();
        ApiKey key = new ApiKey(
                ApiKeyId.generate(), tenant.id(), "none@example.com", Set.of(), ApiKey.hashOf("key_none"), T0);
        inTx(() -> repository().save(key));

        assertThat(repository().findBySecretHash(key.secretHash()))
                .map(ApiKey::scopes)
                .contains(Set.of());
    }

    @Test
    void givenUnknownHash_whenLookedUp_thenEmpty() {
        Tenant tenant = givenTenant();
        inTx(() -> repository().save(ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_a", T0)));

        assertThat(repository().findBySecretHash(ApiKey.hashOf("key_b"))).isEmpty();
    }

    @Test
    void givenKeyWithTheSameSecretHash_whenSaved_thenRefusedWithoutAJpaException() {
        Tenant tenant = givenTenant();
        inTx(() -> repository().save(ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_same", T0)));
        ApiKey twin = ApiKey.issue(tenant.id(), "b@example.com", Set.of(), "key_same", T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(twin)))
                .isInstanceOf(PersistenceFailureException.class)
                .isNotInstanceOf(jakarta.persistence.PersistenceException.class);
    }

    @Test
    void givenUnknownTenant_whenKeySaved_thenRefused() {
        ApiKey orphan = ApiKey.issue(TenantId.generate(), "a@example.com", Set.of(), "key_orphan", T0);

        assertThatThrownBy(() -> tx.inTransaction(() -> repository().save(orphan)))
                .isInstanceOf(PersistenceFailureException.class);
        em.clear();
        assertThat(repository().findBySecretHash(orphan.secretHash())).isEmpty();
    }

    @Test
    void givenKeyWithExpiry_whenLookedUp_thenExpiryKeptAndNothingElseSet() {
        Tenant tenant = givenTenant();
        ApiKey key = ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_expiring", T0, T0.plusSeconds(60));
        inTx(() -> repository().save(key));

        assertThat(repository().findBySecretHash(key.secretHash())).hasValueSatisfying(k -> {
            assertThat(k.expiresAt()).isEqualTo(T0.plusSeconds(60).truncatedTo(ChronoUnit.MICROS));
            assertThat(k.revokedAt()).isNull();
            assertThat(k.lastUsedAt()).isNull();
        });
    }

    @Test
    void givenKeysOfTwoTenants_whenListedAndFound_thenOnlyTheTenantsNewestFirst() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        ApiKey older = ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_older", T0);
        ApiKey newer = ApiKey.issue(tenant.id(), "b@example.com", Set.of(), "key_newer", T0.plusSeconds(1));
        ApiKey foreign = ApiKey.issue(other.id(), "c@example.com", Set.of(), "key_foreign", T0.plusSeconds(2));
        inTx(() -> List.of(older, newer, foreign).forEach(repository()::save));

        assertThat(repository().findByTenant(tenant.id()))
                .extracting(ApiKey::id)
                .containsExactly(newer.id(), older.id());
        assertThat(repository().findById(tenant.id(), older.id()))
                .map(ApiKey::email)
                .contains("a@example.com");
        assertThat(repository().findById(tenant.id(), foreign.id())).isEmpty();
        assertThat(repository().findById(tenant.id(), ApiKeyId.generate())).isEmpty();
    }

    @Test
    void givenKey_whenRevokedTwice_thenFirstTimeKeptAndOtherTenantCannotRevoke() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        ApiKey key = ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_revoked", T0);
        inTx(() -> repository().save(key));

        assertThat(inTx(() -> repository().revoke(other.id(), key.id(), T0.plusSeconds(1))))
                .isFalse();
        assertThat(inTx(() -> repository().revoke(tenant.id(), key.id(), T0.plusSeconds(2))))
                .isTrue();
        assertThat(inTx(() -> repository().revoke(tenant.id(), key.id(), T0.plusSeconds(3))))
                .isFalse();
        em.clear();

        assertThat(repository().findBySecretHash(key.secretHash()))
                .map(ApiKey::revokedAt)
                .contains(T0.plusSeconds(2).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenKey_whenUseRecorded_thenWrittenOnlyWhenTheLastUseIsOlderThanTheBound() {
        Tenant tenant = givenTenant();
        ApiKey key = ApiKey.issue(tenant.id(), "a@example.com", Set.of(), "key_used", T0);
        inTx(() -> repository().save(key));

        assertThat(inTx(() -> repository().recordUse(key.id(), T0.plusSeconds(10), T0.minusSeconds(50))))
                .isTrue();
        assertThat(inTx(() -> repository().recordUse(key.id(), T0.plusSeconds(40), T0.minusSeconds(20))))
                .isFalse();
        assertThat(inTx(() -> repository().recordUse(key.id(), T0.plusSeconds(80), T0.plusSeconds(20))))
                .isTrue();
        em.clear();

        assertThat(repository().findBySecretHash(key.secretHash()))
                .map(ApiKey::lastUsedAt)
                .contains(T0.plusSeconds(80).truncatedTo(ChronoUnit.MICROS));
    }
}
