package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth about the server it runs on: Open Liberty configured without the
 * Servlet feature starts the application, but no API request can work there, so readiness says
 * 503 and names the class that cannot link, rather than UP in front of 500s.
 */
class LibertyReadinessIT {
    private static final Duration STARTED_WITHIN = Duration.ofSeconds(180);

    @Test
    void givenLibertyWithoutTheServletFeature_whenStarted_thenNotReadyAndTheRequestPathIsNamed() throws Exception {
        Path dir = Path.of(System.getProperty("dossier.it.dir"), "liberty-no-servlet-" + System.nanoTime());
        Files.createDirectories(dir);
        Path repositoryXml = Path.of(System.getProperty("dossier.it.scripts.dir"), "liberty", "server.xml");
        String serverXml = Files.readString(repositoryXml, StandardCharsets.UTF_8);
        assertThat(serverXml).contains("<feature>servlet-6.0</feature>");
        Path withoutServlet = dir.resolve("server.xml");
        Files.writeString(withoutServlet, serverXml.replace("<feature>servlet-6.0</feature>", ""));

        int port = Integer.getInteger("dossier.it.restart.http.port");
        try (ScriptedServer server = ScriptedServer.start(
                port,
                dir.resolve("data"),
                dir.resolve("server.log"),
                "",
                Map.of("DOSSIER_LIBERTY_SERVER_XML", withoutServlet.toString()),
                List.of("--server", "liberty"))) {
            Resp ready = awaitStarted(server.api(null), server);

            assertThat(ready.status()).as(ready.text()).isEqualTo(503);
            JsonObject data = dossierCheck(ready).getJsonObject("data");
            assertThat(data.getBoolean("database")).as(ready.text()).isTrue();
            assertThat(data.getBoolean("background_jobs")).as(ready.text()).isTrue();
            assertThat(data.getBoolean("request_path_works")).as(ready.text()).isFalse();
            assertThat(data.getString("request_path")).contains("jakarta/servlet");
        }
    }

    /** The readiness answer once Dossier's start-up has finished (readiness may say 503 before). */
    private static Resp awaitStarted(ApiClient probe, ScriptedServer server) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTED_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as(server.tailSupplier()).isTrue();
            try {
                Resp ready = probe.get("/health/ready", null);
                JsonObject check = dossierCheck(ready);
                if (check != null && check.getJsonObject("data").getBoolean("started", false)) {
                    return ready;
                }
            } catch (RuntimeException notYet) {
                // not listening yet, or no answer of Dossier's yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Dossier did not finish starting within " + STARTED_WITHIN + "\n" + server.tail());
    }

    private static JsonObject dossierCheck(Resp ready) {
        return ready.json().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> "dossier".equals(c.getString("name")))
                .findFirst()
                .orElse(null);
    }
}
