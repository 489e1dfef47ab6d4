package dev.dossier.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.application.port.out.UploadRefusedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direct upload contract on the file system: Dossier's own upload URL, called here through
 * {@link FileSystemDirectUploadStore#receive} with the statuses the REST endpoint answers.
 */
class FileSystemDirectUploadStoreIT extends AbstractDirectUploadStoreTest {
    private static FileSystemDocumentContentStore contents;
    private static FileSystemDirectUploadStore uploads;

    @BeforeAll
    static void createStore() {
        contents = new FileSystemDocumentContentStore(
                Path.of(System.getProperty("dossier.test.dir", "target"), "fs-direct-" + UUID.randomUUID(), "objects"));
        uploads = new FileSystemDirectUploadStore(
                contents,
                "http://127.0.0.1:8080/direct-uploads",
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
                Clock.systemUTC());
    }

    @Override
    protected DirectUploadStore uploads() {
        return uploads;
    }

    @Override
    protected DocumentContentStore contents() {
        return contents;
    }

    @Override
    protected int post(PresignedUpload form, Map<String, String> fields, byte[] file) {
        try {
            uploads.receive(fields, new ByteArrayInputStream(file), file.length);
            return 204;
        } catch (UploadRefusedException e) {
            return switch (e.reason()) {
                case WRONG_SIZE, MALFORMED -> 400;
                case ACCESS_DENIED -> 403;
                case NOT_SUPPORTED -> 404;
            };
        }
    }

    @Test
    void givenFormSignedWithAnotherKey_whenReceived_thenAccessDenied() {
        FileSystemDirectUploadStore other = new FileSystemDirectUploadStore(
                contents,
                "http://x/direct-uploads",
                "another-key-another-key-another-key".getBytes(StandardCharsets.US_ASCII),
                Clock.systemUTC());
        var key = quarantineKey();
        PresignedUpload form =
                other.presign(new UploadPolicy(key, PDF, 10, Instant.now().plusSeconds(60), Map.of()));

        assertThatThrownBy(() -> uploads.receive(form.fields(), new ByteArrayInputStream(pdf(10)), 10))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason())
                .isEqualTo(UploadRefusedException.Reason.ACCESS_DENIED);
        assertThat(uploads.isQuarantined(key)).isFalse();
    }

    @Test
    void givenFormWithoutPolicy_whenReceived_thenMalformed() {
        assertThatThrownBy(() -> uploads.receive(Map.of("key", "x"), new ByteArrayInputStream(pdf(10)), 10))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason())
                .isEqualTo(UploadRefusedException.Reason.MALFORMED);
    }
}
