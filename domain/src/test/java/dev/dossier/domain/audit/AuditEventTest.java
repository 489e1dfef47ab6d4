package dev.dossier.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {
    private static final Instant NOW = Instant.parse("2026-01-30T14:23:45Z");

    @Test
    void givenAMalwareHit_thenItNeedsNoDocumentAndKeepsTheSignatureAsItsDetail() {
        EntityId entity = EntityId.generate();
        AuditEvent hit = AuditEvent.malwareDetected(
                TenantId.generate(), entity, null, null, "api@example.com", "127.0.0.1", "Eicar-Signature", NOW);

        assertThat(hit.action()).isEqualTo(AuditAction.MALWARE_DETECTED);
        assertThat(hit.documentId()).isNull();
        assertThat(hit.entityId()).isEqualTo(entity);
        assertThat(hit.detail()).isEqualTo("Eicar-Signature");
        assertThat(hit.action().wireName()).isEqualTo("malware_detected");
    }

    @Test
    void givenADocumentAction_whenNoDocumentIsNamed_thenRefused() {
        assertThatThrownBy(() -> AuditEvent.record(TenantId.generate(), null, AuditAction.READ, null, null, null, NOW))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("documentId");
    }

    @Test
    void givenALongDetailOrAddress_thenCutToTheirColumns() {
        AuditEvent hit = AuditEvent.malwareDetected(
                TenantId.generate(), null, null, null, null, "a".repeat(100), "S".repeat(400), NOW);

        assertThat(hit.detail()).hasSize(AuditEvent.MAX_DETAIL_LENGTH);
        assertThat(hit.clientAddress()).hasSize(AuditEvent.MAX_ADDRESS_LENGTH);
    }
}
