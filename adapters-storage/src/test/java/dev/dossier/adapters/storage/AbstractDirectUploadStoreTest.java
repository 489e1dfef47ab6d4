package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link DirectUploadStore}, run against every implementation: the signed form lets
 * exactly the policy's upload in (204), refuses every deviation (400 for the size, 403 for the
 * rest) without storing anything, and promotion moves the bytes out of quarantine idempotently.
 */
abstract class AbstractDirectUploadStoreTest {
    static final String PDF = "application/pdf";

    protected abstract DirectUploadStore uploads();

    protected abstract DocumentContentStore contents();

    /** POSTs the form (fields in order, then the file) as a client would; returns the HTTP status. */
    protected abstract int post(PresignedUpload form, Map<String, String> fields, byte[] file);

    static StorageKey quarantineKey() {
        return new StorageKey("quarantine/" + UUID.randomUUID() + "/" + UUID.randomUUID());
    }

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    private static UploadPolicy policy(StorageKey key, long size, Instant expiresAt) {
        return new UploadPolicy(key, PDF, size, expiresAt, Map.of("document-id", "d_0000000000000000000042"));
    }

    private int postWith(PresignedUpload form, byte[] file, UnaryOperator<Map<String, String>> change) {
        return post(form, change.apply(new LinkedHashMap<>(form.fields())), file);
    }

    private byte[] read(StorageKey key) throws IOException {
        try (InputStream in = contents().open(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void givenPresignedForm_thenItHasTheReferenceFieldsInOrder() {
        PresignedUpload form =
                uploads().presign(policy(quarantineKey(), 10, Instant.now().plusSeconds(300)));

        assertThat(form.url()).startsWith("http");
        assertThat(form.fields().keySet())
                .containsExactly(
                        "Content-Type",
                        "key",
                        "policy",
                        "X-Amz-Algorithm",
                        "X-Amz-Credential",
                        "X-Amz-Date",
                        "X-Amz-Security-Token",
                        "X-Amz-Signature",
                        "x-amz-meta-document-id");
        assertThat(form.fields())
                .containsEntry("Content-Type", PDF)
                .containsEntry("x-amz-meta-document-id", "d_0000000000000000000042");
    }

    @Test
    void givenPresignedForm_whenPostedAsSigned_then204AndTheBytesWaitInQuarantineOnly() throws IOException {
        StorageKey key = quarantineKey();
        byte[] file = pdf(2048);
        PresignedUpload form =
                uploads().presign(policy(key, file.length, Instant.now().plusSeconds(300)));

        assertThat(post(form, form.fields(), file)).isEqualTo(204);

        assertThat(uploads().isQuarantined(key)).isTrue();
        assertThat(read(key)).isEqualTo(file);
    }

    @Test
    void givenPresignedForm_whenTheFileIsOneByteLarger_then400AndNothingStored() {
        StorageKey key = quarantineKey();
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(300)));

        assertThat(post(form, form.fields(), pdf(101))).isEqualTo(400);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }

    @Test
    void givenPresignedForm_whenTheFileIsSmaller_then400AndNothingStored() {
        StorageKey key = quarantineKey();
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(300)));

        assertThat(post(form, form.fields(), pdf(99))).isEqualTo(400);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }

    @Test
    void givenPresignedForm_whenTheContentTypeFieldIsChanged_then403AndNothingStored() {
        StorageKey key = quarantineKey();
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(300)));

        assertThat(postWith(form, pdf(100), f -> {
                    f.put("Content-Type", "application/x-msdownload");
                    return f;
                }))
                .isEqualTo(403);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }

    @Test
    void givenPresignedForm_whenTheKeyIsChanged_then403AndNothingStoredAnywhere() {
        StorageKey key = quarantineKey();
        StorageKey other = StorageKey.generate(TenantId.generate());
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(300)));

        assertThat(postWith(form, pdf(100), f -> {
                    f.put("key", other.value());
                    return f;
                }))
                .isEqualTo(403);

        assertThat(uploads().isQuarantined(key)).isFalse();
        assertThat(contents().exists(other)).isFalse();
    }

    @Test
    void givenPresignedForm_whenTheSignatureIsForged_then403AndNothingStored() {
        StorageKey key = quarantineKey();
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(300)));

        assertThat(postWith(form, pdf(100), f -> {
                    String sig = f.get("X-Amz-Signature");
                    f.put("X-Amz-Signature", (sig.charAt(0) == 'a' ? "b" : "a") + sig.substring(1));
                    return f;
                }))
                .isEqualTo(403);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }

    @Test
    void givenExpiredPolicy_whenPosted_then403AndNothingStored() throws InterruptedException {
        StorageKey key = quarantineKey();
        PresignedUpload form = uploads().presign(policy(key, 100, Instant.now().plusSeconds(1)));
        Thread.sleep(2100);

        assertThat(post(form, form.fields(), pdf(100))).isEqualTo(403);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }

    @Test
    void givenQuarantinedBytes_whenPromoted_thenTheyAreUnderTheDocumentKeyAndNoLongerInQuarantine() throws IOException {
        StorageKey key = quarantineKey();
        StorageKey documentKey = StorageKey.generate(TenantId.generate());
        byte[] file = pdf(300);
        PresignedUpload form =
                uploads().presign(policy(key, file.length, Instant.now().plusSeconds(300)));
        assertThat(post(form, form.fields(), file)).isEqualTo(204);

        uploads().promote(key, documentKey);

        assertThat(uploads().isQuarantined(key)).isFalse();
        assertThat(read(documentKey)).isEqualTo(file);

        // a second promotion (an instance that died before recording it) changes nothing
        uploads().promote(key, documentKey);
        assertThat(read(documentKey)).isEqualTo(file);
    }

    @Test
    void givenAnEarlierCopyUnderTheDocumentKey_whenPromotedAgain_thenTheQuarantinedBytesReplaceIt() throws IOException {
        StorageKey key = quarantineKey();
        StorageKey documentKey = StorageKey.generate(TenantId.generate());
        contents().put(documentKey, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, PDF);
        byte[] file = pdf(50);
        PresignedUpload form =
                uploads().presign(policy(key, file.length, Instant.now().plusSeconds(300)));
        assertThat(post(form, form.fields(), file)).isEqualTo(204);

        uploads().promote(key, documentKey);

        assertThat(read(documentKey)).isEqualTo(file);
    }

    @Test
    void givenQuarantinedBytes_whenRemoved_thenGoneAndRemovingAgainIsFine() {
        StorageKey key = quarantineKey();
        byte[] file = pdf(10);
        PresignedUpload form =
                uploads().presign(policy(key, file.length, Instant.now().plusSeconds(300)));
        assertThat(post(form, form.fields(), file)).isEqualTo(204);

        uploads().removeQuarantined(key);
        uploads().removeQuarantined(key);

        assertThat(uploads().isQuarantined(key)).isFalse();
    }
}
