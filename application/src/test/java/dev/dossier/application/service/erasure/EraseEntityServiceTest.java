package dev.dossier.application.service.erasure;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.service.crypto.DataKeys;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.hold.UnderLegalHoldException;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EraseEntityServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts(NOW);
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private Entity entity;
    private Entity neighbour;
    private Document passport;
    private Document contract;
    private Document library;
    private Document neighbours;
    private DirectUpload upload;

    private final DataKeys dataKeys =
            new DataKeys(ports.dataKeys(), ports.keyWrapping(), ports.cipher(), ports.time(), ports.tx());

    private EraseEntityService service() {
        return new EraseEntityService(
                ports.erasureRepository(),
                new LegalHolds(ports.legalHolds()),
                ports.pendingDeletions(),
                ports.auditEvents(),
                ports.contents(),
                ports.directUploadStore(),
                ports.time(),
                ports.tx(),
                ports.events(),
                dataKeys);
    }

    private PurgePendingObjectsService purge() {
        return new PurgePendingObjectsService(
                ports.pendingDeletions(), ports.contents(), ports.directUploadStore(), ports.time(), ports.tx());
    }

    @BeforeEach
    void setUp() {
        entity = Fixtures.entity(ports.entities(), tenant, "Jane Roe Ltd", NOW);
        neighbour = Fixtures.entity(ports.entities(), tenant, "Other Ltd", NOW);
        DocumentOwner owner = DocumentOwner.entity(entity.id());
        passport = Fixtures.storedDocument(ports.documents(), ports.contents(), tenant, owner, "Passport", null, NOW);
        contract = Fixtures.storedDocument(ports.documents(), ports.contents(), tenant, owner, "Contract", null, NOW);
        library = Fixtures.storedDocument(
                ports.documents(), ports.contents(), tenant, DocumentOwner.library(), "Policy", null, NOW);
        neighbours = Fixtures.storedDocument(
                ports.documents(),
                ports.contents(),
                tenant,
                DocumentOwner.entity(neighbour.id()),
                "Passport",
                null,
                NOW);
        upload = DirectUpload.create(
                tenant, entity.id(), new FileName("jane.pdf"), 10, "u@example.com", NOW, Duration.ofMinutes(5));
        ports.directUploads().insert(upload);
        ports.directUploadStore().arrive(upload.quarantineKey(), new byte[] {1, 2, 3});
    }

    @Test
    void givenEntityWithDocumentsAndUpload_whenErased_thenRowsAndBytesGoAndOthersStay() {
        service().erase(caller, entity.id());

        assertThat(ports.entities().findById(tenant, entity.id())).isEmpty();
        assertThat(ports.documents().findById(tenant, passport.id())).isEmpty();
        assertThat(ports.documents().findById(tenant, contract.id())).isEmpty();
        assertThat(ports.directUploads().all()).isEmpty();
        assertThat(ports.contents().exists(passport.file().storageKey())).isFalse();
        assertThat(ports.contents().exists(contract.file().storageKey())).isFalse();
        assertThat(ports.contents().exists(upload.quarantineKey())).isFalse();
        assertThat(ports.pendingDeletions().count()).isZero();

        assertThat(ports.entities().findById(tenant, neighbour.id())).isPresent();
        assertThat(ports.documents().findById(tenant, library.id())).isPresent();
        assertThat(ports.documents().findById(tenant, neighbours.id())).isPresent();
        assertThat(ports.contents().exists(library.file().storageKey())).isTrue();
        assertThat(ports.contents().exists(neighbours.file().storageKey())).isTrue();
    }

    @Test
    void givenTheEntitysKeyHeldInClear_whenErased_thenItIsForgottenHereAndGoneEverywhere() {
        DataKeys.OpenKey entityKey = dataKeys.forOwner(tenant, DocumentOwner.entity(entity.id()));
        DataKeys.OpenKey neighbourKey = dataKeys.forOwner(tenant, DocumentOwner.entity(neighbour.id()));
        assertThat(dataKeys.byId(tenant, entityKey.id()).material()).isEqualTo(entityKey.material());

        service().erase(caller, entity.id());

        assertThatThrownBy(() -> dataKeys.byId(tenant, entityKey.id())).isInstanceOf(KeyUnavailableException.class);
        assertThat(dataKeys.byId(tenant, neighbourKey.id()).material()).isEqualTo(neighbourKey.material());
    }

    @Test
    void givenErasure_thenOneEventWithCountsAndNothingPersonal() {
        service().erase(caller, entity.id());

        assertThat(ports.auditEvents().all()).hasSize(1);
        AuditEvent event = ports.auditEvents().all().get(0);
        assertThat(event.action()).isEqualTo(AuditAction.ENTITY_ERASED);
        assertThat(event.entityId()).isEqualTo(entity.id());
        assertThat(event.documentId()).isNull();
        assertThat(event.tenantId()).isEqualTo(tenant);
        assertThat(event.detail()).contains("documents=2").contains("direct_uploads=1");
        assertThat(event.detail())
                .doesNotContain("Jane")
                .doesNotContain("Passport")
                .doesNotContain(".pdf");

        assertThat(ports.events().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.ENTITY_ERASED);
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.data())
                    .containsEntry("entity_id", entity.id().value().toString())
                    .containsEntry("documents_erased", "2")
                    .containsEntry("direct_uploads_erased", "1")
                    .containsEntry("erased_at", NOW.toString());
        });
        EventAssertions.mentionNone(
                ports.events().events(), "Jane", "Passport", ".pdf", caller.email(), "u@example.com");
    }

    @Test
    void givenStoreDown_whenErased_thenRowsGoAndBytesAreRetriedUntilGone() {
        ports.contents().failDeletes(true);

        service().erase(caller, entity.id());

        assertThat(ports.entities().findById(tenant, entity.id())).isEmpty();
        assertThat(ports.contents().exists(passport.file().storageKey())).isTrue();
        assertThat(ports.pendingDeletions().count()).isEqualTo(4);

        assertThat(purge().purgeBatch()).isZero();
        assertThat(ports.pendingDeletions().all())
                .allSatisfy(p -> assertThat(p.attempts()).isEqualTo(1));

        ports.contents().failDeletes(false);
        // the failed rows wait for their retry time
        assertThat(purge().purgeBatch()).isZero();
        ports.time().advance(Duration.ofMinutes(2));
        assertThat(purge().purgeBatch()).isEqualTo(4);
        assertThat(ports.pendingDeletions().count()).isZero();
        assertThat(ports.contents().exists(passport.file().storageKey())).isFalse();
        assertThat(ports.contents().exists(upload.quarantineKey())).isFalse();
    }

    @Test
    void givenUnknownOrOtherTenantsEntity_whenErased_thenNotFoundAndNothingChanges() {
        Caller stranger = Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS);

        assertThatThrownBy(() -> service().erase(stranger, entity.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service().erase(caller, dev.dossier.domain.entity.EntityId.generate()))
                .isInstanceOf(NotFoundException.class);

        assertThat(ports.entities().findById(tenant, entity.id())).isPresent();
        assertThat(ports.contents().exists(passport.file().storageKey())).isTrue();
        assertThat(ports.auditEvents().all()).isEmpty();
    }

    @Test
    void givenCallerWithoutDocumentsScope_whenErasing_thenForbidden() {
        Caller reviewer = Fixtures.caller(tenant, Scope.REVIEW);

        assertThatThrownBy(() -> service().erase(reviewer, entity.id())).isInstanceOf(ForbiddenException.class);
        assertThat(ports.entities().findById(tenant, entity.id())).isPresent();
    }

    @Test
    void givenHeldEntityOrHeldDocumentOfIt_whenErased_thenRefusedUntilLifted() {
        ports.legalHolds().put(new LegalHold(tenant, HoldTarget.entity(entity.id()), "Case 7", NOW, "l@example.com"));
        assertThatThrownBy(() -> service().erase(caller, entity.id()))
                .isInstanceOf(UnderLegalHoldException.class)
                .hasMessage("This entity is under legal hold.");
        ports.legalHolds().remove(tenant, HoldTarget.entity(entity.id()));
        ports.legalHolds()
                .put(new LegalHold(tenant, HoldTarget.document(contract.id()), "Case 7", NOW, "l@example.com"));
        assertThatThrownBy(() -> service().erase(caller, entity.id())).isInstanceOf(UnderLegalHoldException.class);

        assertThat(ports.entities().findById(tenant, entity.id())).isPresent();
        assertThat(ports.documents().findById(tenant, passport.id())).isPresent();
        assertThat(ports.contents().exists(passport.file().storageKey())).isTrue();
        assertThat(ports.auditEvents().all()).isEmpty();
        assertThat(ports.events().events()).isEmpty();

        ports.legalHolds().remove(tenant, HoldTarget.document(contract.id()));
        service().erase(caller, entity.id());
        assertThat(ports.entities().findById(tenant, entity.id())).isEmpty();
        assertThat(ports.events().ofType(EventType.ENTITY_ERASED)).hasSize(1);
    }
}
