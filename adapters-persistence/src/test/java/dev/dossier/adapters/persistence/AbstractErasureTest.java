package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.ErasedRows;
import dev.dossier.application.port.out.PendingObjectDeletions.Area;
import dev.dossier.application.port.out.PendingObjectDeletions.Pending;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contract of the erasure, legal-hold and pending-deletion adapters, run on every database. */
abstract class AbstractErasureTest extends PersistenceContractTest {
    private long count(String sql, Object id) {
        return inTx(
                () -> ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }

    private void storeReplay(TenantId tenant, String key, String body) {
        inTx(() -> em.createNativeQuery("INSERT INTO idempotency_record (tenant_id, idempotency_key, claim_id,"
                        + " fingerprint, created_at, completed_at, response_status, response_body)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?5, 201, ?6)")
                .setParameter(1, tenant.value())
                .setParameter(2, key)
                .setParameter(3, UUID.randomUUID())
                .setParameter(4, "0".repeat(64))
                .setParameter(5, Times.toColumn(T0))
                .setParameter(6, body)
                .executeUpdate());
    }

    @Test
    void givenEntityWithDocumentsResponseAndReplays_whenErased_thenItsRowsGoAndTheLibraryStays() {
        Tenant tenant = givenTenant();
        QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
        EntityId entity = response.entityId();
        Document owned = givenDocument(tenant, DocumentOwner.entity(entity), "Passport", T0);
        Document library = givenLibraryDocument(tenant);
        Entity neighbour = givenEntity(tenant);
        Document neighbours = givenDocument(tenant, DocumentOwner.entity(neighbour.id()), "Passport", T0);
        inTx(() -> {
            new JpaAttachmentRepository(em)
                    .save(Attachment.attach(tenant.id(), response.id(), library.id(), 2, false, T0));
            new JpaAttachmentRepository(em)
                    .save(Attachment.attach(tenant.id(), response.id(), owned.id(), 1, true, T0));
        });
        storeReplay(tenant.id(), "k-entity", "{\"id\":\"" + entity.value() + "\",\"name\":\"Jane\"}");
        storeReplay(tenant.id(), "k-document", "{\"id\":\"" + owned.id().value() + "\"}");
        storeReplay(tenant.id(), "k-other", "{\"id\":\"" + neighbour.id().value() + "\"}");
        inTx(() -> new JpaLegalHoldRepository(em)
                .put(new LegalHold(tenant.id(), HoldTarget.document(owned.id()), "old", T0, "l@example.com")));

        JpaEntityErasureRepository erasure = new JpaEntityErasureRepository(em);
        List<String> mentions =
                List.of(entity.value().toString(), owned.id().value().toString());
        ErasedRows erased = inTx(() -> {
            assertThat(erasure.lock(tenant.id(), entity)).isTrue();
            return erasure.erase(tenant.id(), entity, mentions);
        });

        assertThat(erased.counts())
                .containsEntry("documents", 1)
                .containsEntry("responses", 1)
                .containsEntry("attachments", 2)
                .containsEntry("idempotent_responses", 2);
        assertThat(erased.documentObjects()).containsExactly(owned.file().storageKey());
        assertThat(count("SELECT COUNT(*) FROM entity WHERE id = ?1", entity.value()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM document WHERE id = ?1",
                        owned.id().value()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM attachment WHERE response_id = ?1",
                        response.id().value()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM idempotency_record WHERE tenant_id = ?1",
                        tenant.id().value()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM legal_hold WHERE tenant_id = ?1",
                        tenant.id().value()))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM document WHERE id = ?1",
                        library.id().value()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM document WHERE id = ?1",
                        neighbours.id().value()))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM entity WHERE id = ?1",
                        neighbour.id().value()))
                .isEqualTo(1);
    }

    @Test
    void givenAnotherTenantsEntity_whenLocked_thenItIsMissing() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);

        assertThat(inTx(() ->
                        new JpaEntityErasureRepository(em).lock(givenTenant().id(), entity.id())))
                .isFalse();
        assertThat(inTx(() -> new JpaEntityErasureRepository(em).lock(tenant.id(), entity.id())))
                .isTrue();
    }

    @Test
    void givenHolds_whenChecked_thenDocumentsOfHeldEntitiesAndHeldDocumentsAreHeld() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        Document owned = givenDocument(tenant, DocumentOwner.entity(entity.id()), "Passport", T0);
        Document library = givenLibraryDocument(tenant);
        JpaLegalHoldRepository holds = new JpaLegalHoldRepository(em);

        assertThat(inTx(() -> holds.holdsAnythingOf(tenant.id(), entity.id()))).isFalse();
        inTx(() -> holds.put(new LegalHold(tenant.id(), HoldTarget.document(owned.id()), "r1", T0, "a@example.com")));
        assertThat(inTx(() -> holds.holdsAnythingOf(tenant.id(), entity.id()))).isTrue();
        assertThat(inTx(() -> holds.holdsDocument(tenant.id(), owned.id(), entity.id())))
                .isTrue();
        assertThat(inTx(() -> holds.holdsDocument(tenant.id(), library.id(), null)))
                .isFalse();
        assertThat(inTx(() -> holds.holdsAnythingOf(givenTenant().id(), entity.id())))
                .isFalse();

        inTx(() -> holds.put(new LegalHold(tenant.id(), HoldTarget.entity(entity.id()), "r2", T0, "b@example.com")));
        // the database keeps microseconds
        java.time.Instant placed = T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        inTx(() ->
                holds.put(new LegalHold(tenant.id(), HoldTarget.entity(entity.id()), "r3", placed, "c@example.com")));
        assertThat(inTx(() -> holds.find(tenant.id(), HoldTarget.entity(entity.id()))))
                .contains(new LegalHold(tenant.id(), HoldTarget.entity(entity.id()), "r3", placed, "c@example.com"));
        assertThat(inTx(() -> holds.remove(tenant.id(), HoldTarget.document(owned.id()))))
                .isTrue();
        assertThat(inTx(() -> holds.holdsDocument(tenant.id(), owned.id(), entity.id())))
                .isTrue();
        assertThat(inTx(() -> holds.remove(tenant.id(), HoldTarget.entity(entity.id()))))
                .isTrue();
        assertThat(inTx(() -> holds.remove(tenant.id(), HoldTarget.entity(entity.id()))))
                .isFalse();
        assertThat(inTx(() -> holds.holdsAnythingOf(tenant.id(), entity.id()))).isFalse();
    }

    @Test
    void givenPendingDeletions_whenClaimedFailedAndDone_thenLeasesDecideWhoWorksThem() {
        JpaPendingObjectDeletions pending = new JpaPendingObjectDeletions(em);
        TenantId tenant = TenantId.generate();
        List<Pending> rows = inTx(() ->
                pending.enqueue(Area.DOCUMENT, List.of(StorageKey.generate(tenant), StorageKey.generate(tenant)), T0));

        List<Pending> first = inTx(() -> pending.claim(T0, T0.plusSeconds(300), "a", 10));
        assertThat(first).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(inTx(() -> pending.claim(T0.plusSeconds(1), T0.plusSeconds(300), "b", 10)))
                .isEmpty();

        inTx(() -> pending.done(rows.get(0).id(), "b")); // not b's lease
        inTx(() -> pending.done(rows.get(0).id(), "a"));
        inTx(() -> pending.failed(rows.get(1).id(), "a", T0.plusSeconds(30)));
        assertThat(inTx(pending::count)).isEqualTo(1);

        assertThat(inTx(() -> pending.claim(T0.plusSeconds(29), T0.plusSeconds(300), "b", 10)))
                .isEmpty();
        assertThat(inTx(() -> pending.claim(T0.plusSeconds(31), T0.plusSeconds(300), "b", 10)))
                .extracting(Pending::id, Pending::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rows.get(1).id(), 1));
        assertThat(inTx(() -> pending.claimOne(rows.get(1).id(), T0.plusSeconds(32), T0.plusSeconds(300), "a")))
                .isFalse();
    }
}
