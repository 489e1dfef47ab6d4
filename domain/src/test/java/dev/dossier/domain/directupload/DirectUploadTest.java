package dev.dossier.domain.directupload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DirectUploadTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final byte[] PDF_HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    private static DirectUpload upload(String name, long size) {
        return DirectUpload.create(
                TenantId.generate(),
                EntityId.generate(),
                new FileName(name),
                size,
                "a@example.com",
                T0,
                Duration.ofMinutes(5));
    }

    @Test
    void givenNewUpload_thenPendingWithAQuarantineKeyApartFromItsDocumentKey() {
        DirectUpload u = upload("passport.pdf", 100);

        assertThat(u.status()).isEqualTo(UploadStatus.PENDING);
        assertThat(u.contentType()).isEqualTo("application/pdf");
        assertThat(u.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(u.quarantineKey().value())
                .startsWith("quarantine/" + u.tenantId().value() + "/");
        assertThat(u.documentKey().value()).startsWith("tenants/" + u.tenantId().value() + "/documents/");
    }

    @Test
    void givenFileNames_whenValidated_thenOnlyAllowListedExtensionsPass() {
        assertThat(DirectUpload.validFile("scans/passport.PDF").value()).isEqualTo("passport.PDF");
        assertThatThrownBy(() -> DirectUpload.validFile("setup.exe"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("File type not allowed.");
        assertThatThrownBy(() -> DirectUpload.validFile("passport")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DirectUpload.validFile(" "))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("file_name");
    }

    @Test
    void givenSizes_whenValidated_thenOneByteToTenMegabytes() {
        assertThat(DirectUpload.validSize(1)).isEqualTo(1);
        assertThat(DirectUpload.validSize(10_485_760)).isEqualTo(10_485_760);
        assertThatThrownBy(() -> DirectUpload.validSize(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> DirectUpload.validSize(10_485_761))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("File size exceeds maximum allowed size of 10MB");
    }

    @Test
    void givenBytes_whenChecked_thenSizeAndTypeByContentDecide() {
        DirectUpload u = upload("passport.pdf", 9);

        assertThat(u.problemWith(9, PDF_HEAD)).isEmpty();
        assertThat(u.problemWith(10, PDF_HEAD)).contains("The uploaded file has 10 bytes, not the declared 9.");
        assertThat(u.problemWith(9, new byte[] {'M', 'Z', 0, 0, 0, 0, 0, 0, 0}))
                .contains("The uploaded file's content is not PDF.");
    }

    @Test
    void givenCheckedUpload_whenCompleted_thenItBecomesAnEntityDocumentWithTheSameId() {
        DirectUpload u = upload("passport.pdf", 9);
        String sha = "b".repeat(64);

        u.complete(sha, T0.plusSeconds(20));
        Document d = u.toDocument(sha);

        assertThat(u.status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(d.id()).isEqualTo(u.id());
        assertThat(d.owner()).isEqualTo(DocumentOwner.entity(u.subjectRecordId()));
        assertThat(d.classification()).isEqualTo(Classification.ENTITY_PRIVATE);
        assertThat(d.file().storageKey()).isEqualTo(u.documentKey());
        assertThat(d.file().sha256()).isEqualTo(sha);
        assertThat(d.createdAt()).isEqualTo(T0);
        assertThatThrownBy(() -> u.fail("late", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenPolicyExpiry_thenExpiredOnlyAfterIt() {
        DirectUpload u = upload("a.png", 5);
        assertThat(u.isExpiredAt(T0.plus(Duration.ofMinutes(5)))).isFalse();
        assertThat(u.isExpiredAt(T0.plus(Duration.ofMinutes(5)).plusMillis(1))).isTrue();
    }

    @Test
    void givenContentProblems_thenTheReasonNamesTheTypeOrSaysWhichLimit() {
        DirectUpload u = upload("statement.docx", 5);
        assertThat(u.reasonFor(ContentProblem.NOT_OF_TYPE)).isEqualTo("The uploaded file's content is not DOCX.");
        assertThat(u.reasonFor(ContentProblem.TOO_MANY_ENTRIES))
                .isEqualTo("File type not allowed. The archive has more than 10,000 entries.");
    }
}
