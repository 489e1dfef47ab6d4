package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dossier.application.port.out.RetentionRepository.ExpiredDocument;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link JpaRetentionRepository}, run on every database. */
abstract class AbstractRetentionTest extends PersistenceContractTest {
    private static final Instant NOW = T0.plus(Duration.ofDays(100));

    private JpaRetentionRepository retention() {
        return new JpaRetentionRepository(em);
    }

    @Test
    void givenTenants_whenPoliciesSetAndRead_thenNullKeepsForeverAndUnknownTenantsAreMissing() {
        Tenant tenant = givenTenant();

        assertThat(inTx(() -> retention().find(tenant.id()))).contains(RetentionPolicy.KEEP_FOREVER);
        assertThat(inTx(() -> retention().set(tenant.id(), new RetentionPolicy(30))))
                .isTrue();
        assertThat(inTx(() -> retention().find(tenant.id()))).contains(new RetentionPolicy(30));
        assertThat(inTx(() -> retention().set(tenant.id(), RetentionPolicy.KEEP_FOREVER)))
                .isTrue();
        assertThat(inTx(() -> retention().find(tenant.id()))).contains(RetentionPolicy.KEEP_FOREVER);
        assertThat(inTx(() -> retention().find(TenantId.generate()))).isEmpty();
        assertThat(inTx(() -> retention().set(TenantId.generate(), new RetentionPolicy(1))))
                .isFalse();
    }

    @Test
    void givenDocumentsAroundTheirDays_whenExpired_thenExactlyThePastUnheldOnesGo() {
        Tenant tenant = givenTenant();
        Tenant keeper = givenTenant();
        inTx(() -> retention().set(tenant.id(), new RetentionPolicy(30)));
        Entity held = givenEntity(tenant);
        Document old = givenDocument(tenant, DocumentOwner.library(), "Passport", NOW.minus(Duration.ofDays(31)));
        Document young = givenDocument(tenant, DocumentOwner.library(), "Passport", NOW.minus(Duration.ofDays(29)));
        Document heldItself =
                givenDocument(tenant, DocumentOwner.library(), "Passport", NOW.minus(Duration.ofDays(50)));
        Document ofHeldEntity =
                givenDocument(tenant, DocumentOwner.entity(held.id()), "Passport", NOW.minus(Duration.ofDays(50)));
        Document keepers = givenDocument(keeper, DocumentOwner.library(), "Passport", T0);
        QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
        inTx(() -> new JpaAttachmentRepository(em)
                .save(Attachment.attach(tenant.id(), response.id(), old.id(), 1, false, T0)));
        inTx(() -> {
            new JpaLegalHoldRepository(em)
                    .put(new LegalHold(tenant.id(), HoldTarget.document(heldItself.id()), "x", T0, "l@example.com"));
            new JpaLegalHoldRepository(em)
                    .put(new LegalHold(tenant.id(), HoldTarget.entity(held.id()), "x", T0, "l@example.com"));
        });

        List<ExpiredDocument> expired = inTx(() -> retention().expire(NOW, 10));

        assertThat(expired)
                .extracting(
                        ExpiredDocument::tenantId,
                        ExpiredDocument::documentId,
                        ExpiredDocument::entityId,
                        ExpiredDocument::storageKey)
                .containsExactly(tuple(tenant.id(), old.id(), null, old.file().storageKey()));
        assertThat(inTx(() -> retention().expire(NOW, 10))).isEmpty();
        JpaDocumentRepository documents = new JpaDocumentRepository(em);
        assertThat(inTx(() -> documents.findById(tenant.id(), old.id()))).isEmpty();
        for (Document kept : List.of(young, heldItself, ofHeldEntity)) {
            assertThat(inTx(() -> documents.findById(tenant.id(), kept.id()))).isPresent();
        }
        assertThat(inTx(() -> documents.findById(keeper.id(), keepers.id()))).isPresent();
    }

    @Test
    void givenMoreDueThanTheLimit_whenExpired_thenOldestFirstInBatches() {
        Tenant tenant = givenTenant();
        inTx(() -> retention().set(tenant.id(), new RetentionPolicy(1)));
        Document oldest = givenDocument(tenant, DocumentOwner.library(), "Passport", T0);
        Document older = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(60));
        Document old = givenDocument(tenant, DocumentOwner.library(), "Passport", T0.plusSeconds(120));

        assertThat(inTx(() -> retention().expire(NOW, 2)))
                .extracting(ExpiredDocument::documentId)
                .containsExactly(oldest.id(), older.id());
        assertThat(inTx(() -> retention().expire(NOW, 2)))
                .extracting(ExpiredDocument::documentId)
                .containsExactly(old.id());
    }
}
