package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.tenant.Tenant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contract of {@link EntityRepository}, run on every database. */
abstract class AbstractEntityRepositoryTest extends PersistenceContractTest {

    private EntityRepository repository() {
        return new JpaEntityRepository(em);
    }

    private Entity saved(Tenant tenant, String name, EntityType type, int secondsAfterT0) {
        Entity entity = new Entity(EntityId.generate(), tenant.id(), name, type, T0.plusSeconds(secondsAfterT0));
        inTx(() -> repository().save(entity));
        return entity;
    }

    @Test
    void givenSavedEntity_whenFoundById_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        Entity entity = saved(tenant, "Jane Doe", EntityType.INDIVIDUAL, 0);

        assertThat(repository().findById(tenant.id(), entity.id()))
                .contains(new Entity(
                        entity.id(),
                        tenant.id(),
                        "Jane Doe",
                        EntityType.INDIVIDUAL,
                        T0.truncatedTo(ChronoUnit.MICROS)));
    }

    @Test
    void givenAnotherTenantsEntity_whenFoundById_thenEmpty() {
        Tenant owner = givenTenant();
        Tenant other = givenTenant();
        Entity entity = saved(owner, "Acme", EntityType.COMPANY, 0);

        assertThat(repository().findById(other.id(), entity.id())).isEmpty();
    }

    @Test
    void givenEntitiesCreatedAtDifferentTimes_whenListed_thenNewestFirst() {
        Tenant tenant = givenTenant();
        Entity oldest = saved(tenant, "oldest", EntityType.COMPANY, 0);
        Entity newest = saved(tenant, "newest", EntityType.COMPANY, 20);
        Entity middle = saved(tenant, "middle", EntityType.INDIVIDUAL, 10);

        assertThat(repository().list(tenant.id(), 10))
                .extracting(Entity::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void givenEntitiesCreatedAtTheSameInstant_whenListed_thenTiesBrokenByIdDescending() {
        Tenant tenant = givenTenant();
        List<Entity> entities = IntStream.range(0, 6)
                .mapToObj(i -> saved(tenant, "e" + i, EntityType.COMPANY, 0))
                .toList();

        // both databases order uuid values as unsigned bytes, which is the order of their canonical text
        List<EntityId> expected = entities.stream()
                .map(Entity::id)
                .sorted(Comparator.comparing((EntityId id) -> id.value().toString())
                        .reversed())
                .toList();
        assertThat(repository().list(tenant.id(), 10)).extracting(Entity::id).containsExactlyElementsOf(expected);
    }

    @Test
    void givenMoreEntitiesThanTheLimit_whenListed_thenOnlyTheNewest() {
        Tenant tenant = givenTenant();
        IntStream.range(0, 5).forEach(i -> saved(tenant, "e" + i, EntityType.COMPANY, i));

        assertThat(repository().list(tenant.id(), 2)).extracting(Entity::name).containsExactly("e4", "e3");
    }

    @Test
    void givenEntitiesOfTwoTenants_whenListedAndCounted_thenOnlyTheTenantsOwn() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        saved(tenant, "mine-1", EntityType.COMPANY, 0);
        saved(tenant, "mine-2", EntityType.COMPANY, 1);
        saved(other, "theirs", EntityType.COMPANY, 2);

        assertThat(repository().list(tenant.id(), 10)).extracting(Entity::name).containsExactly("mine-2", "mine-1");
        assertThat(repository().count(tenant.id())).isEqualTo(2);
        assertThat(repository().count(other.id())).isEqualTo(1);
    }

    @Test
    void givenTenantWithoutEntities_whenListedAndCounted_thenEmptyAndZero() {
        Tenant tenant = givenTenant();

        assertThat(repository().list(tenant.id(), 10)).isEmpty();
        assertThat(repository().count(tenant.id())).isZero();
    }

    @Test
    void givenUnknownId_whenFound_thenEmpty() {
        Tenant tenant = givenTenant();

        assertThat(repository().findById(tenant.id(), new EntityId(UUID.randomUUID())))
                .isEmpty();
    }

    private static KeysetPosition position(Entity e) {
        return new KeysetPosition(e.createdAt().truncatedTo(ChronoUnit.MICROS), e.id().value());
    }

    @Test
    void givenEntitiesOfTwoTenants_whenPagedBothWays_thenOnlyTheTenantsOwnInOrder() {
        Tenant tenant = givenTenant();
        Tenant other = givenTenant();
        List<Entity> mine = IntStream.range(0, 5)
                .mapToObj(i -> saved(tenant, "e" + i, EntityType.COMPANY, i * 2))
                .toList();
        IntStream.range(0, 5).forEach(i -> saved(other, "o" + i, EntityType.COMPANY, i * 2 + 1));

        KeysetSlice<Entity> first = repository().page(tenant.id(), KeysetRequest.first(2));
        assertThat(first.items()).extracting(Entity::name).containsExactly("e4", "e3");
        assertThat(first.hasOlder()).isTrue();
        assertThat(first.hasNewer()).isFalse();

        KeysetSlice<Entity> middle = repository().page(tenant.id(), KeysetRequest.olderThan(position(mine.get(3)), 2));
        assertThat(middle.items()).extracting(Entity::name).containsExactly("e2", "e1");
        assertThat(middle.hasOlder()).isTrue();
        assertThat(middle.hasNewer()).isTrue();

        KeysetSlice<Entity> back = repository().page(tenant.id(), KeysetRequest.newerThan(position(mine.get(0)), 3));
        assertThat(back.items()).extracting(Entity::name).containsExactly("e3", "e2", "e1");
        assertThat(back.hasNewer()).isTrue();
        assertThat(back.hasOlder()).isTrue();

        KeysetSlice<Entity> top = repository().page(tenant.id(), KeysetRequest.newerThan(position(mine.get(2)), 3));
        assertThat(top.items()).extracting(Entity::name).containsExactly("e4", "e3");
        assertThat(top.hasNewer()).isFalse();
    }

    @Test
    void givenEntitiesAtOneInstant_whenPaged_thenTiesCutById() {
        Tenant tenant = givenTenant();
        IntStream.range(0, 5).forEach(i -> saved(tenant, "e" + i, EntityType.COMPANY, 0));
        List<Entity> all = repository().list(tenant.id(), 10);

        KeysetSlice<Entity> page = repository().page(tenant.id(), KeysetRequest.olderThan(position(all.get(1)), 2));
        assertThat(page.items()).containsExactly(all.get(2), all.get(3));
        assertThat(page.hasOlder()).isTrue();
        assertThat(page.hasNewer()).isTrue();
    }
}
