package dev.dossier.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttachmentTest {
    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");

    private static Attachment attach(boolean uploadedThroughResponse) {
        return Attachment.attach(
                TenantId.generate(), ResponseId.generate(), DocumentId.generate(), 1, uploadedThroughResponse, NOW);
    }

    @Test
    void givenNewAttachment_thenNeitherFlaggedNorSubmitted() {
        Attachment a = attach(false);
        assertThat(a.flagged()).isFalse();
        assertThat(a.submitted()).isFalse();
        a.markSubmitted();
        a.flag();
        assertThat(a.submitted()).isTrue();
        assertThat(a.flagged()).isTrue();
    }

    @Test
    void givenResponseUploadedDocument_whenLastAttachmentRemoved_thenDocumentGoes() {
        assertThat(attach(true).removalDeletesDocument(0)).isTrue();
        assertThat(attach(true).removalDeletesDocument(1)).isFalse();
    }

    @Test
    void givenLibraryDocument_whenAttachmentRemoved_thenDocumentStays() {
        assertThat(attach(false).removalDeletesDocument(0)).isFalse();
    }
}
