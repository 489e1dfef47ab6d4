package dev.dossier.application.service.tenant;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.InMemoryApiKeyRepository;
import dev.dossier.application.fakes.InMemoryTenantRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.fakes.Pagers;
import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.service.auth.AuthenticateApiKeyService;
import dev.dossier.application.service.auth.RecentApiKeys;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAdminServicesTest {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final ListTenantsService listTenants = new ListTenantsService(tenants, Pagers.fixedKey(), tx);
    private final GetTenantService getTenant = new GetTenantService(tenants, tx);
    private final ListApiKeysService listKeys = new ListApiKeysService(tenants, keys, tx);
    private final RecentApiKeys recent = new RecentApiKeys();
    private final RevokeApiKeyService revoke = new RevokeApiKeyService(tenants, keys, time, tx, recent);
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(keys, time, tx, recent);

    private Tenant tenant(String name, int secondsAfterNow) {
        Tenant t = new Tenant(TenantId.generate(), name, NOW.plusSeconds(secondsAfterNow));
        tenants.save(t);
        return t;
    }

    private ApiKey key(Tenant owner, int secondsAfterNow) {
        ApiKey k = ApiKey.issue(
                owner.id(),
                "ops@example.com",
                Set.of(),
                "dsk_" + ApiKeyId.generate(),
                NOW.plusSeconds(secondsAfterNow));
        keys.save(k);
        return k;
    }

    @Test
    void givenFiveTenants_whenListedByTwo_thenNewestFirstAcrossPagesAndBack() {
        List<Tenant> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(tenant("T" + i, i));
        }
        List<String> seen = new ArrayList<>();
        CursorPage<Tenant> page = listTenants.list(PageRequest.first(2));
        CursorPage<Tenant> second = null;
        while (true) {
            page.items().forEach(t -> seen.add(t.name()));
            if (page.cursors().nextCursor().isEmpty()) {
                break;
            }
            page = listTenants.list(
                    PageRequest.after(page.cursors().nextCursor().get(), 2));
            second = second == null ? page : second;
        }
        assertThat(seen).containsExactly("T4", "T3", "T2", "T1", "T0");
        assertThat(page.cursors().hasMore()).isFalse();
        CursorPage<Tenant> back = listTenants.list(
                PageRequest.before(second.cursors().prevCursor().orElseThrow(), 2));
        assertThat(back.items()).extracting(Tenant::name).containsExactly("T4", "T3");
    }

    @Test
    void givenCursorOfAnotherList_whenTenantsListed_thenInvalidCursor() {
        assertThatThrownBy(() -> listTenants.list(PageRequest.after("not-a-cursor", 2)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("after", List.of("Invalid cursor."))));
    }

    @Test
    void givenTenant_whenGot_thenItElseNotFound() {
        Tenant t = tenant("Acme Bank", 0);
        assertThat(getTenant.get(t.id())).isEqualTo(t);
        assertThatThrownBy(() -> getTenant.get(TenantId.generate())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenKeysOfTwoTenants_whenListed_thenOnlyTheTenantsNewestFirst() {
        Tenant a = tenant("A", 0);
        Tenant b = tenant("B", 0);
        ApiKey older = key(a, 1);
        ApiKey newer = key(a, 2);
        key(b, 3);
        assertThat(listKeys.list(a.id())).extracting(ApiKey::id).containsExactly(newer.id(), older.id());
        assertThatThrownBy(() -> listKeys.list(TenantId.generate())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenKeyJustUsed_whenRevokedHere_thenRefusedAtOnceThoughItWasRemembered() {
        Tenant a = tenant("A", 0);
        String secret = "dsk_" + ApiKeyId.generate();
        ApiKey k = ApiKey.issue(a.id(), "ops@example.com", Set.of(), secret, NOW);
        keys.save(k);
        assertThat(authenticate.authenticate(secret).keyId()).isEqualTo(k.id());
        revoke.revoke(a.id(), k.id());
        assertThatThrownBy(() -> authenticate.authenticate(secret))
                .isInstanceOfSatisfying(
                        AuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID));
    }

    @Test
    void givenKey_whenRevokedTwice_thenFirstRevocationTimeKept() {
        Tenant a = tenant("A", 0);
        ApiKey k = key(a, 0);
        time.set(NOW.plusSeconds(10));
        revoke.revoke(a.id(), k.id());
        time.set(NOW.plusSeconds(20));
        revoke.revoke(a.id(), k.id());
        assertThat(keys.findById(a.id(), k.id()).orElseThrow().revokedAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void givenKeyOfAnotherTenantOrUnknown_whenRevoked_thenNotFoundAndKeyUntouched() {
        Tenant a = tenant("A", 0);
        Tenant b = tenant("B", 0);
        ApiKey ofB = key(b, 0);
        assertThatThrownBy(() -> revoke.revoke(a.id(), ofB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revoke.revoke(a.id(), ApiKeyId.generate())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> revoke.revoke(TenantId.generate(), ofB.id())).isInstanceOf(NotFoundException.class);
        assertThat(keys.findById(b.id(), ofB.id()).orElseThrow().revokedAt()).isNull();
    }
}
