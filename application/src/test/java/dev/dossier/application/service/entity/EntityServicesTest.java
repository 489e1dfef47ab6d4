package dev.dossier.application.service.entity;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.fakes.Pagers;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.CreateEntityCommand;
import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityServicesTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final CreateEntityService create = new CreateEntityService(entities, time, tx);
    private final GetEntityService get = new GetEntityService(entities);
    private final ListEntitiesService list = new ListEntitiesService(entities, tx, Pagers.fixedKey());

    @Nested
    class Create {
        @Test
        void givenNameAndType_whenCreated_thenSavedInCallersTenant() {
            Entity e = create.create(new CreateEntityCommand(caller, " Jane Doe ", "individual"));
            assertThat(e.name()).isEqualTo("Jane Doe");
            assertThat(e.type()).isEqualTo(EntityType.INDIVIDUAL);
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.createdAt()).isEqualTo(NOW);
            assertThat(entities.findById(tenant, e.id())).contains(e);
            assertThat(create.create(new CreateEntityCommand(caller, "Acme", "company"))
                            .type())
                    .isEqualTo(EntityType.COMPANY);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void givenMissingEntityType_whenCreated_thenRequired(String type) {
            assertThatThrownBy(() -> create.create(new CreateEntityCommand(caller, "Acme", type)))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsExactly(Map.entry("entity_type", List.of("This field is required."))));
            assertThat(entities.all()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"partnership", "Company", "INDIVIDUAL", "trust"})
        void givenUnknownEntityType_whenCreated_thenInvalidChoice(String type) {
            assertThatThrownBy(() -> create.create(new CreateEntityCommand(caller, "Acme", type)))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsExactly(Map.entry(
                                            "entity_type",
                                            List.of("\"" + type
                                                    + "\" is not a valid choice. Allowed: company, individual."))));
            assertThat(entities.all()).isEmpty();
        }

        @Test
        void givenMissingNameAndBadType_whenCreated_thenBothReported() {
            assertThatThrownBy(() -> create.create(new CreateEntityCommand(caller, "", "trust")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.fieldErrors()).containsOnlyKeys("name", "entity_type");
                        assertThat(e.fieldErrors().get("name")).containsExactly("This field is required.");
                    });
            assertThat(entities.all()).isEmpty();
        }

        @Test
        void givenKeyWithoutDocumentsScope_whenCreated_thenForbidden() {
            Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW);
            assertThatThrownBy(() -> create.create(new CreateEntityCommand(reviewer, "Acme", "company")))
                    .isInstanceOfSatisfying(
                            ForbiddenException.class,
                            e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
            assertThat(entities.all()).isEmpty();
        }
    }

    @Nested
    class Get {
        @Test
        void givenOwnEntity_whenRead_thenReturned() {
            Entity e = create.create(new CreateEntityCommand(caller, "Acme", "company"));
            assertThat(get.get(caller, e.id())).isEqualTo(e);
        }

        @Test
        void givenOtherTenantsEntity_whenRead_thenNotFound() {
            Entity foreign = Fixtures.entity(entities, TenantId.generate(), "Foreign", NOW);
            assertThatThrownBy(() -> get.get(caller, foreign.id())).isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenUnknownEntity_whenRead_thenNotFound() {
            assertThatThrownBy(() -> get.get(caller, EntityId.generate())).isInstanceOf(NotFoundException.class);
        }

        @Test
        void givenKeyWithoutDocumentsScope_whenRead_thenForbidden() {
            Entity e = create.create(new CreateEntityCommand(caller, "Acme", "company"));
            assertThatThrownBy(() -> get.get(Fixtures.caller(tenant, Scope.REVIEW), e.id()))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Nested
    class ListAll {
        @Test
        void givenEntitiesOfTwoTenants_whenListed_thenOnlyOwn_newestFirst_countedAndLimited() {
            Entity first = create.create(new CreateEntityCommand(caller, "First", "company"));
            time.advance(Duration.ofMinutes(1));
            Entity second = create.create(new CreateEntityCommand(caller, "Second", "individual"));
            time.advance(Duration.ofMinutes(1));
            Entity third = create.create(new CreateEntityCommand(caller, "Third", "company"));
            Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
            time.advance(Duration.ofMinutes(1));
            create.create(new CreateEntityCommand(stranger, "Foreign", "company"));

            EntityPage page = list.list(new ListEntitiesQuery(caller, 2));
            assertThat(page.totalCount()).isEqualTo(3);
            assertThat(page.entities()).containsExactly(third, second);
            assertThat(page.entities()).doesNotContain(first);

            EntityPage theirs = list.list(new ListEntitiesQuery(stranger, 10));
            assertThat(theirs.totalCount()).isEqualTo(1);
            assertThat(theirs.entities()).extracting(Entity::name).containsExactly("Foreign");
        }

        @Test
        void givenKeyWithoutDocumentsScope_whenListed_thenForbidden() {
            assertThatThrownBy(() -> list.list(new ListEntitiesQuery(Fixtures.caller(tenant, Scope.REVIEW), 10)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> list.list(
                            new ListEntitiesQuery(Fixtures.caller(tenant, Scope.REVIEW), PageRequest.first(10))))
                    .isInstanceOf(ForbiddenException.class);
        }

        @Test
        void givenFiveEntities_whenPagedByCursorsOfTwo_thenNewestFirstWithoutGapsAndCursorsOfThisTenantOnly() {
            List<Entity> created = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                time.advance(Duration.ofSeconds(1));
                created.add(create.create(new CreateEntityCommand(caller, "E" + i, "company")));
            }

            EntityPage p1 = list.list(new ListEntitiesQuery(caller, PageRequest.first(2)));
            assertThat(p1.entities()).extracting(Entity::name).containsExactly("E4", "E3");
            assertThat(p1.totalCount()).isEqualTo(5);
            assertThat(p1.cursors().hasMore()).isTrue();
            assertThat(p1.cursors().prevCursor()).isEmpty();
            String next = p1.cursors().nextCursor().orElseThrow();

            EntityPage p2 = list.list(new ListEntitiesQuery(caller, PageRequest.after(next, 2)));
            assertThat(p2.entities()).extracting(Entity::name).containsExactly("E2", "E1");
            EntityPage p3 = list.list(new ListEntitiesQuery(
                    caller, PageRequest.after(p2.cursors().nextCursor().orElseThrow(), 2)));
            assertThat(p3.entities()).extracting(Entity::name).containsExactly("E0");
            assertThat(p3.cursors().hasMore()).isFalse();
            assertThat(p3.cursors().nextCursor()).isEmpty();

            Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);
            assertThatThrownBy(() -> list.list(new ListEntitiesQuery(stranger, PageRequest.after(next, 2))))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("after", List.of("Invalid cursor."))));
            assertThat(tx.started()).as("a bad cursor reads nothing").isEqualTo(5 + 3);
        }
    }
}
