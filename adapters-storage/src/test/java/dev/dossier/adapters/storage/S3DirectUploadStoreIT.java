package dev.dossier.adapters.storage;

import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PresignedUpload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The direct upload contract against a real S3 server (S3Proxy enforces the POST policy). */
class S3DirectUploadStoreIT extends AbstractDirectUploadStoreTest {
    private static InProcessS3Proxy s3;
    private static S3DocumentContentStore store;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startS3() throws Exception {
        s3 = InProcessS3Proxy.transientStore();
        store = new S3DocumentContentStore(
                s3.settings("dossier-direct"),
                Path.of(System.getProperty("dossier.test.dir", "target"), "s3-spool-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopS3() {
        store.close();
        s3.close();
    }

    @Override
    protected DirectUploadStore uploads() {
        return store;
    }

    @Override
    protected DocumentContentStore contents() {
        return store;
    }

    @Override
    protected int post(PresignedUpload form, Map<String, String> fields, byte[] file) {
        return postMultipart(form.url(), fields, file);
    }

    /** A multipart/form-data POST: the fields in order, then the file part named {@code file}. */
    static int postMultipart(String url, Map<String, String> fields, byte[] file) {
        String boundary = "----dossier" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
