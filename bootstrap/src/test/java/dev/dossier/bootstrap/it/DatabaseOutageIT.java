package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database that stops answering (a proxy turned black hole between Dossier and PostgreSQL): calls
 * with a key get 503 {@code {"detail": "Service temporarily unavailable."}} with Retry-After quickly,
 * not a long wait and a 500; once it answers again, so do they.
 */
class DatabaseOutageIT {
    private static final String UNAVAILABLE = "{\"detail\": \"Service temporarily unavailable.\"}";
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "db-outage-" + System.nanoTime());

    @Test
    void givenDatabaseStopsAnswering_whenCalledWithKey_then503Quickly_andCallsSucceedAfterRecovery() throws Exception {
        Map<String, String> settings = new HashMap<>(ScriptedServer.suiteDatabaseAndStorage());
        URI db = URI.create(settings.get("DOSSIER_DB_URL").substring("jdbc:".length()));
        try (BlackHoleProxy proxy = new BlackHoleProxy(new InetSocketAddress(db.getHost(), db.getPort()))) {
            settings.put("DOSSIER_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + db.getRawPath());
            int port = GracefulShutdownIT.freePort();
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            ScriptedServer server = ScriptedServer.start(port, dataDir, log, "", settings);
            try {
                server.awaitReady();
                String key = server.api(settings.get("DOSSIER_ADMIN_TOKEN"))
                        .newTenant()
                        .apiKey();
                assertThat(call(port, key).statusCode()).isEqualTo(200);

                proxy.blackHole();
                // the outage is noticed within seconds (readiness and the database watch ask it);
                // from then on calls with a key are refused at once
                Eventually.asserted(
                        30,
                        () -> assertThat(server.api(null)
                                        .get("/health/ready", null)
                                        .status())
                                .isEqualTo(503));
                Thread.sleep(2000);
                for (int i = 0; i < 3; i++) {
                    HttpResponse<String> during = call(port, key);
                    assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
                    assertThat(during.body()).isEqualTo(UNAVAILABLE);
                    assertThat(during.headers().firstValue("Retry-After")).isPresent();
                    assertThat(during.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
                }

                proxy.recover();
                Eventually.asserted(
                        60, () -> assertThat(call(port, key).statusCode()).isEqualTo(200));
            } finally {
                server.close();
            }
        }
    }

    /** A GET with the key; a client that gives up after 5 s (the server's target is 2 s) fails the test. */
    private static HttpResponse<String> call(int port, String key) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/documents/"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + key)
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("no answer within 5 s: " + e, e);
        }
    }
}
