package dev.dossier.application.service.hold;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class LegalHoldServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts(NOW);
    private final TenantId tenant = TenantId.generate();
    private final Caller legal = Fixtures.caller(tenant, Scope.LEGAL_HOLD);
    private final LegalHoldService service = new LegalHoldService(
            ports.legalHolds(),
            ports.documents(),
            ports.erasureRepository(),
            ports.auditEvents(),
            ports.time(),
            ports.tx());
    private final Entity entity = Fixtures.entity(ports.entities(), tenant, "Jane Roe", NOW);
    private final Document document = Fixtures.storedDocument(
            ports.documents(), ports.contents(), tenant, DocumentOwner.library(), "Passport", null, NOW);

    @Test
    void givenEntity_whenHoldPlacedReadAndLifted_thenEachIsAuditedWithoutTheReason() {
        LegalHold placed = service.place(legal, HoldTarget.entity(entity.id()), "  Case 2026-17 (Jane Roe)  ");

        assertThat(placed.reason()).isEqualTo("Case 2026-17 (Jane Roe)");
        assertThat(placed.placedAt()).isEqualTo(NOW);
        assertThat(placed.placedBy()).isEqualTo(legal.email());
        assertThat(service.get(legal, HoldTarget.entity(entity.id()))).isEqualTo(placed);

        service.lift(legal, HoldTarget.entity(entity.id()));

        assertThatThrownBy(() -> service.get(legal, HoldTarget.entity(entity.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(ports.auditEvents().all())
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.LEGAL_HOLD_PLACED, AuditAction.LEGAL_HOLD_LIFTED);
        assertThat(ports.auditEvents().all()).allSatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(entity.id());
            assertThat(e.documentId()).isNull();
            assertThat(e.detail()).isNull();
        });
    }

    @Test
    void givenDocument_whenHoldPlaced_thenTheEventNamesTheDocument() {
        service.place(legal, HoldTarget.document(document.id()), "Audit");

        assertThat(ports.legalHolds().all()).hasSize(1);
        AuditEvent event = ports.auditEvents().all().get(0);
        assertThat(event.documentId()).isEqualTo(document.id());
        assertThat(event.action()).isEqualTo(AuditAction.LEGAL_HOLD_PLACED);
    }

    @Test
    void givenUnknownOrOtherTenantsTarget_whenHoldPlaced_thenNotFoundAndNothingStored() {
        Caller stranger = Fixtures.caller(TenantId.generate(), Scope.LEGAL_HOLD);

        assertThatThrownBy(() -> service.place(stranger, HoldTarget.entity(entity.id()), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.place(stranger, HoldTarget.document(document.id()), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.place(legal, HoldTarget.document(DocumentId.generate()), "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.lift(legal, HoldTarget.document(document.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(ports.legalHolds().all()).isEmpty();
        assertThat(ports.auditEvents().all()).isEmpty();
    }

    @Test
    void givenBlankReasonOrMissingScope_whenHoldPlaced_thenRefused() {
        assertThatThrownBy(() -> service.place(legal, HoldTarget.entity(entity.id()), " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("This field is required.");
        Caller documentsOnly = Fixtures.caller(tenant, Scope.DOCUMENTS);
        assertThatThrownBy(() -> service.place(documentsOnly, HoldTarget.entity(entity.id()), "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(ports.legalHolds().all()).isEmpty();
    }
}
