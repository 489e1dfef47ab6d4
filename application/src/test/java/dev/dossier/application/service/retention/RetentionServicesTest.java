package dev.dossier.application.service.retention;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.application.port.out.PendingObjectDeletions.Pending;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetentionServicesTest {
    private final InMemoryPorts ports = new InMemoryPorts(NOW);
    private final RetentionPolicyService policies = new RetentionPolicyService(ports.retention(), ports.tx());
    private final ExpireDocumentsService expiry = new ExpireDocumentsService(
            ports.retention(), ports.pendingDeletions(), ports.auditEvents(), ports.time(), ports.tx(), ports.events());

    private Tenant tenant() {
        Tenant tenant = new Tenant(TenantId.generate(), "T", NOW);
        ports.tenants().save(tenant);
        return tenant;
    }

    private Document document(Tenant tenant, DocumentOwner owner, int daysOld) {
        return Fixtures.storedDocument(
                ports.documents(),
                ports.contents(),
                tenant.id(),
                owner,
                "Passport",
                null,
                NOW.minus(Duration.ofDays(daysOld)));
    }

    @Test
    void givenTenant_whenPolicySetAndRead_thenKeptForeverByDefaultAndTheDaysAfter() {
        Tenant tenant = tenant();

        assertThat(policies.get(tenant.id())).isEqualTo(RetentionPolicy.KEEP_FOREVER);
        assertThat(policies.set(tenant.id(), new RetentionPolicy(30))).isEqualTo(new RetentionPolicy(30));
        assertThat(policies.get(tenant.id()).documentsDays()).isEqualTo(30);
        assertThatThrownBy(() -> policies.get(TenantId.generate())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> policies.set(TenantId.generate(), RetentionPolicy.KEEP_FOREVER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> RetentionPolicy.parse("0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RetentionPolicy.parse("ten")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenDocumentsAroundTheirDays_whenExpired_thenExactlyThePastUnheldOnesGoWithAnEventEach() {
        Tenant tenant = tenant();
        Tenant keeper = tenant();
        policies.set(tenant.id(), new RetentionPolicy(30));
        Entity entity = Fixtures.entity(ports.entities(), tenant.id(), "Held Ltd", NOW);
        Document old = document(tenant, DocumentOwner.library(), 31);
        Document young = document(tenant, DocumentOwner.library(), 29);
        Document heldItself = document(tenant, DocumentOwner.library(), 40);
        Document ofHeldEntity = document(tenant, DocumentOwner.entity(entity.id()), 40);
        Document keepersOld = document(keeper, DocumentOwner.library(), 400);
        ports.legalHolds()
                .put(new LegalHold(tenant.id(), HoldTarget.document(heldItself.id()), "x", NOW, "l@example.com"));
        ports.legalHolds().put(new LegalHold(tenant.id(), HoldTarget.entity(entity.id()), "x", NOW, "l@example.com"));

        assertThat(expiry.expireBatch()).isEqualTo(1);
        assertThat(expiry.expireBatch()).isZero();

        assertThat(ports.documents().all())
                .extracting(Document::id)
                .containsExactlyInAnyOrder(young.id(), heldItself.id(), ofHeldEntity.id(), keepersOld.id());
        assertThat(ports.pendingDeletions().all())
                .extracting(Pending::key)
                .containsExactly(old.file().storageKey());
        assertThat(ports.auditEvents().all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RETENTION_EXPIRED);
            assertThat(e.documentId()).isEqualTo(old.id());
            assertThat(e.tenantId()).isEqualTo(tenant.id());
        });
        assertThat(ports.events().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DOCUMENT_DELETED);
            assertThat(e.tenantId()).isEqualTo(tenant.id());
            assertThat(e.createdAt()).isEqualTo(NOW);
            assertThat(e.data())
                    .containsEntry("document_id", old.id().value().toString())
                    .containsEntry("entity_id", null)
                    .containsEntry("document_type", "Passport")
                    .containsEntry("status", "pending");
        });
        EventAssertions.mentionNone(ports.events().events(), old.file().name().value(), "Held Ltd");
    }

    @Test
    void givenMoreThanABatch_whenExpired_thenBatchesUntilNoneAreLeft() {
        Tenant tenant = tenant();
        policies.set(tenant.id(), new RetentionPolicy(1));
        IntStream.range(0, ExpireDocumentsService.BATCH + 5).forEach(i -> document(tenant, DocumentOwner.library(), 2));

        assertThat(expiry.expireBatch()).isEqualTo(ExpireDocumentsService.BATCH);
        assertThat(expiry.expireBatch()).isEqualTo(5);
        assertThat(expiry.expireBatch()).isZero();
        assertThat(ports.auditEvents().all())
                .extracting(AuditEvent::action)
                .containsOnly(AuditAction.RETENTION_EXPIRED);
        assertThat(ports.documents().all()).isEmpty();
    }
}
