package dev.dossier.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-01-30T14:23:45.123456789Z");
    private final TenantId tenant = TenantId.generate();

    private AuditEvent event(AuditAction action, String email) {
        return AuditEvent.record(tenant, DocumentId.generate(), action, ApiKeyId.generate(), email, "203.0.113.7", T0);
    }

    @Test
    void givenSameContentAndPredecessor_whenHashed_thenSameHexSha256() {
        AuditEvent e = event(AuditAction.UPLOADED, "a@example.com");
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, e);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, e));
    }

    @Test
    void givenAnyFieldOrPlaceChanged_whenHashed_thenHashDiffers() {
        AuditEvent e = event(AuditAction.UPLOADED, "a@example.com");
        String hash = AuditChain.hash(AuditChain.GENESIS, 1, e);
        AuditEvent otherEmail = new AuditEvent(
                e.id(), tenant, e.documentId(), e.action(), e.actorKeyId(), "b@example.com", e.clientAddress(), T0);
        AuditEvent otherAction = new AuditEvent(
                e.id(), tenant, e.documentId(), AuditAction.DELETED, e.actorKeyId(), e.actorEmail(), null, T0);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, otherEmail)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, otherAction)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, e)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(hash, 1, e)).isNotEqualTo(hash);
    }

    @Test
    void givenNullAndEmptyFields_whenHashed_thenTheyDiffer() {
        AuditEvent e = event(AuditAction.READ, null);
        AuditEvent empty =
                new AuditEvent(e.id(), tenant, e.documentId(), e.action(), e.actorKeyId(), "", e.clientAddress(), T0);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, e))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, empty));
    }

    @Test
    void givenNanoseconds_whenHashed_thenOnlyMicrosecondsCount() {
        AuditEvent e = event(AuditAction.READ, null);
        AuditEvent micros = new AuditEvent(
                e.id(),
                tenant,
                e.documentId(),
                e.action(),
                e.actorKeyId(),
                null,
                e.clientAddress(),
                Instant.parse("2026-01-30T14:23:45.123456Z"));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, e)).isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, micros));
    }

    @Test
    void givenChainedEvents_whenChecked_thenEachFollowsOnlyItsPredecessor() {
        ChainedAuditEvent first = ChainedAuditEvent.chain(event(AuditAction.UPLOADED, null), 1, AuditChain.GENESIS);
        ChainedAuditEvent second = ChainedAuditEvent.chain(event(AuditAction.VERIFIED, null), 2, first.hash());
        assertThat(first.follows(AuditChain.GENESIS, 1)).isTrue();
        assertThat(second.follows(first.hash(), 2)).isTrue();
        assertThat(second.follows(AuditChain.GENESIS, 2)).isFalse();
        assertThat(second.follows(first.hash(), 3)).isFalse();
    }
}
