package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM with an upload in flight: the server refuses new requests at once, lets the upload finish
 * (201), then exits with status 0 and no stack trace in its log.
 */
class GracefulShutdownIT {
    private static final int GRACE_SECONDS = 30;
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "shutdown-" + System.nanoTime());

    @Test
    void givenUploadInFlight_whenSigterm_thenItFinishesNewRequestsAreRefusedAndExitIsZero() throws Exception {
        int port = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ScriptedServer server = ScriptedServer.start(
                port, dataDir, log, "", Map.of("DOSSIER_SHUTDOWN_GRACE_SECONDS", String.valueOf(GRACE_SECONDS)));
        try {
            server.awaitReady();
            String token = Files.readString(dataDir.resolve("admin-token")).strip();
            String key = server.api(token).newTenant().apiKey();

            try (RawUpload upload = RawUpload.start(port, key, TestFiles.pdfOfSize(3_000_000))) {
                int piece = upload.length() / 30;
                upload.send(piece);
                Thread.sleep(300);
                server.terminate();
                Thread.sleep(300);
                Integer afterTerm = statusOrRefused(port, "/api/v1/documents/", key);
                assertThat(afterTerm)
                        .as("a request after SIGTERM is refused (503) or finds no listener (null)")
                        .isIn(503, null);
                while (upload.send(piece)) {
                    Thread.sleep(100); // about 3 s for the whole body
                }
                String answer = upload.answer(30_000);
                assertThat(answer).as("the upload's answer").isNotNull().startsWith("HTTP/1.1 201");
            }
            Integer exit = server.awaitExit(Duration.ofSeconds(GRACE_SECONDS + 30));
            assertThat(exit).as(server.tailSupplier()).isEqualTo(0);
            String text = server.log();
            assertThat(text).contains("SIGTERM: refusing new requests");
            assertThat(text).as(server.tailSupplier()).doesNotContain("\tat ", "SEVERE");
        } finally {
            server.close();
        }
    }

    /** The status of a GET on a new connection, or null when the connection is refused or cut. */
    static Integer statusOrRefused(int port, String path, String key) throws InterruptedException {
        return statusOrRefused(port, path, key, Duration.ofSeconds(5));
    }

    /** The same, with a client that gives up after {@code timeout}. */
    static Integer statusOrRefused(int port, String path, String key, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + key)
                .build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 503) {
                assertThat(r.body()).isEqualTo("{\"detail\": \"Service temporarily unavailable.\"}");
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
            return r.statusCode();
        } catch (IOException refused) {
            return null;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
