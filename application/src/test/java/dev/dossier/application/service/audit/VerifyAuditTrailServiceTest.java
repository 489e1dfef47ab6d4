package dev.dossier.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryAuditEventRepository;
import dev.dossier.application.fakes.InMemoryTenantRepository;
import dev.dossier.application.port.in.audit.AuditTrailVerification;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyAuditTrailServiceTest {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final VerifyAuditTrailService service =
            new VerifyAuditTrailService(tenants, events, new DirectUnitOfWork());
    private final Tenant tenant = Tenant.create("Acme Bank", Fixtures.NOW);
    private final Tenant other = Tenant.create("Other Bank", Fixtures.NOW);

    VerifyAuditTrailServiceTest() {
        tenants.save(tenant);
        tenants.save(other);
    }

    /** {@code n} events of the tenant, interleaved with as many of another tenant. */
    private List<AuditEvent> append(int n) {
        List<AuditEvent> appended = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEvent e = AuditEvent.record(
                    tenant.id(),
                    DocumentId.generate(),
                    AuditAction.UPLOADED,
                    null,
                    "officer@example.com",
                    "203.0.113.7",
                    Fixtures.NOW.plusSeconds(i));
            events.append(e);
            events.append(AuditEvent.record(
                    other.id(), DocumentId.generate(), AuditAction.DELETED, null, null, null, Fixtures.NOW));
            appended.add(e);
        }
        return appended;
    }

    @Test
    void givenUntouchedTrailLongerThanABatch_whenVerified_thenValidWithEveryEventChecked() {
        append(VerifyAuditTrailService.BATCH + 7);

        AuditTrailVerification result = service.verify(tenant.id());

        assertThat(result.valid()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(VerifyAuditTrailService.BATCH + 7);
        assertThat(result.firstInvalidEventId()).isEmpty();
    }

    @Test
    void givenEmptyTrail_whenVerified_thenValidWithNoneChecked() {
        assertThat(service.verify(tenant.id())).isEqualTo(AuditTrailVerification.intact(0));
    }

    @Test
    void givenChangedEvent_whenVerified_thenItIsTheFirstInvalid() {
        List<AuditEvent> appended = append(5);
        AuditEvent third = appended.get(2);
        events.tamper(
                4,
                stored -> new ChainedAuditEvent(
                        new AuditEvent(
                                third.id(),
                                third.tenantId(),
                                third.documentId(),
                                AuditAction.VERIFIED,
                                null,
                                "officer@example.com",
                                "203.0.113.7",
                                third.occurredAt()),
                        stored.sequence(),
                        stored.hash()));

        AuditTrailVerification result = service.verify(tenant.id());

        assertThat(result.valid()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(3);
        assertThat(result.firstInvalidEventId()).contains(third.id());
    }

    @Test
    void givenRemovedEvent_whenVerified_thenTheOneAfterTheGapIsTheFirstInvalid() {
        List<AuditEvent> appended = append(5);
        events.remove(2); // the tenant's second event

        AuditTrailVerification result = service.verify(tenant.id());

        assertThat(result.valid()).isFalse();
        assertThat(result.firstInvalidEventId()).contains(appended.get(2).id());
    }

    @Test
    void givenNewestEventRemoved_whenVerified_thenInvalidWithNoEventToName() {
        append(3);
        events.remove(4); // the tenant's third and last event

        AuditTrailVerification result = service.verify(tenant.id());

        assertThat(result).isEqualTo(AuditTrailVerification.newestMissing(2));
        assertThat(result.valid()).isFalse();
    }

    @Test
    void givenSwappedEvents_whenVerified_thenTheFirstMovedIsInvalid() {
        List<AuditEvent> appended = append(4);
        List<ChainedAuditEvent> chain = events.chainAfter(tenant.id(), 0, 10);
        // the second and third events trade places (their sequences), hashes kept
        events.tamper(2, s -> new ChainedAuditEvent(chain.get(2).event(), s.sequence(), s.hash()));
        events.tamper(4, s -> new ChainedAuditEvent(chain.get(1).event(), s.sequence(), s.hash()));

        AuditTrailVerification result = service.verify(tenant.id());

        assertThat(result.valid()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(2);
        assertThat(result.firstInvalidEventId()).contains(appended.get(2).id());
    }

    @Test
    void givenUnknownTenant_whenVerified_thenNotFound() {
        assertThatThrownBy(() -> service.verify(TenantId.generate())).isInstanceOf(NotFoundException.class);
    }
}
