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
}
