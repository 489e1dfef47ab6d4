package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.TenantRepository;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link TenantRepository}, run on every database. */
abstract class AbstractTenantRepositoryTest extends PersistenceContractTest {

    private TenantRepository repository() {
        return new JpaTenantRepository(em);
    }

    @Test
    void givenSavedTenant_whenFoundById_thenEveryFieldRoundTripsAtMicrosecondPrecision() {
        Tenant tenant = new Tenant(TenantId.generate(), "Acme Compliance", T0);
        inTx(() -> repository().save(tenant));

        assertThat(repository().findById(tenant.id()))
                .contains(new Tenant(tenant.id(), "Acme Compliance", T0.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void givenNoSuchTenant_whenFoundById_thenEmpty() {
        givenTenant();

        assertThat(repository().findById(TenantId.generate())).isEmpty();
    }

    @Test
    void givenSavedTenant_whenSavedAgainChanged_thenUpdatedInPlace() {
        Tenant tenant = givenTenant();

        inTx(() -> repository().save(new Tenant(tenant.id(), "Renamed", tenant.createdAt())));

        assertThat(repository().findById(tenant.id())).map(Tenant::name).contains("Renamed");
    }

    /**
     * 2025-10-26 02:30 happened twice in Central Europe (the test JVM's zone): an instant in the
     * second, repeated hour must not come back an hour early through a local-time conversion.
     */
    @Test
    void givenInstantsInTheRepeatedHourOfDaylightSavingEnd_whenSaved_thenReadBackUnchanged() {
        Tenant first = new Tenant(TenantId.generate(), "first", Instant.parse("2025-10-26T00:30:00.000001Z"));
        Tenant second = new Tenant(TenantId.generate(), "second", Instant.parse("2025-10-26T01:30:00.000001Z"));
        inTx(() -> {
            repository().save(first);
            repository().save(second);
        });

        assertThat(repository().findById(first.id())).contains(first);
        assertThat(repository().findById(second.id())).contains(second);
    }

    @Test
    void givenNewestTenants_whenPaged_thenNewestFirstEitherWay() {
        // newer than every tenant other tests (and earlier runs on this database) created
        Instant base =
                Instant.parse("3000-01-01T00:00:00Z").plusSeconds(Instant.now().getEpochSecond());
        Tenant a = new Tenant(TenantId.generate(), "a", base);
        Tenant b = new Tenant(TenantId.generate(), "b", base.plusSeconds(1));
        Tenant c = new Tenant(TenantId.generate(), "c", base.plusSeconds(2));
        inTx(() -> List.of(b, a, c).forEach(repository()::save));

        KeysetSlice<Tenant> first = inTx(() -> repository().page(KeysetRequest.first(2)));
        assertThat(first.items()).containsExactly(c, b);
        assertThat(first.hasOlder()).isTrue();
        assertThat(first.hasNewer()).isFalse();

        KeysetSlice<Tenant> older = inTx(() -> repository().page(KeysetRequest.olderThan(position(b), 1)));
        assertThat(older.items()).containsExactly(a);
        assertThat(older.hasNewer()).isTrue();

        KeysetSlice<Tenant> newer = inTx(() -> repository().page(KeysetRequest.newerThan(position(a), 5)));
        assertThat(newer.items()).containsExactly(c, b);
        assertThat(newer.hasNewer()).isFalse();
        assertThat(newer.hasOlder()).isTrue();
    }

    private static KeysetPosition position(Tenant t) {
        return new KeysetPosition(t.createdAt(), t.id().value());
    }
}
