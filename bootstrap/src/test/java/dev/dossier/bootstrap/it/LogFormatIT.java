package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The logs of {@code scripts/run.sh} as an operator collects them, on one server started with
 * {@code DOSSIER_LOG_FORMAT=json}: one JSON object per line on stdout (besides the launcher's own
 * "Dossier:" lines), an access log line per request with its request id and tenant id but no key and
 * no file name, none of Payara's expired-certificate reports, no colour codes, and nothing written to
 * a log file in the instance directory (the output is the log).
 */
class LogFormatIT {
    private final int port = Integer.getInteger("dossier.it.restart.http.port");
    private final Path dataDir = Path.of(System.getProperty("dossier.it.dir"), "logs-" + System.nanoTime());

    @Test
    void givenJsonFormat_whenServing_thenEveryLineIsJson_andAccessLinesCarryRequestAndTenantOnly() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        String adminToken = "log-it-admin-token";
        try (ScriptedServer server = ScriptedServer.start(
                port, dataDir, log, "", Map.of("DOSSIER_LOG_FORMAT", "json", "DOSSIER_ADMIN_TOKEN", adminToken))) {
            server.awaitReady();
            ApiClient api = server.api(adminToken);
            var tenant = api.newTenant();
            String fileName = "very-private-file-name.pdf";
            Resp up = api.uploadTenantDocument(tenant.apiKey(), fileName, TestFiles.pdf("logged"), "Passport");
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            Resp listed =
                    api.send("GET", "/api/v1/documents/", tenant.apiKey(), null, null, "X-Request-Id", "log-it-1");
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.header("X-Request-Id")).isEqualTo("log-it-1");
            // without DOSSIER_METRICS_TOKEN the metrics are open
            assertThat(api.send("GET", "/metrics", null, null, null).status()).isEqualTo(200);

            server.awaitLog("request_id=log-it-1", java.time.Duration.ofSeconds(10));
            String text = server.log();
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            List<JsonObject> records = lines.stream()
                    .filter(l -> !l.startsWith("Dossier:") && !isJvmOutput(l))
                    .map(l -> parse(l, text))
                    .toList();
            assertThat(records).hasSizeGreaterThan(10);

            List<String> access = records.stream()
                    .filter(r -> "dev.dossier.access".equals(r.getString("LoggerName", "")))
                    .map(r -> r.getString("LogMessage", ""))
                    .toList();
            assertThat(access)
                    .filteredOn(m -> m.contains("request_id=log-it-1"))
                    .singleElement()
                    .satisfies(m -> assertThat(m)
                            .contains("method=GET")
                            .contains("route=/api/v1/documents")
                            .contains("status=200")
                            .contains("duration_ms=")
                            .contains("tenant_id=" + tenant.tenantId()));
            assertThat(access)
                    .anySatisfy(m -> assertThat(m).contains("status=201").contains("route=/api/v1/documents/upload"));
            assertThat(text)
                    .doesNotContain(tenant.apiKey())
                    .doesNotContain(adminToken)
                    .doesNotContain(fileName)
                    .doesNotContain("has expired")
                    .doesNotContain("\u001b[");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            // Payara Micro creates logs/server.log in the instance directory but writes nothing to it
            assertThat(files.filter(f -> f.getFileName().toString().contains(".log"))
                            .filter(f -> f.toFile().length() > 0))
                    .as("Payara Micro writes no log file of its own")
                    .isEmpty();
        }
    }

    /**
     * The JVM's own lines come before any logging is set up: its warnings (ThreadPriorityPolicy when
     * not root) and the count of the compiler directives it read (scripts/payara/compiler-directives.json).
     */
    private static boolean isJvmOutput(String line) {
        return line.matches("^(OpenJDK|Java HotSpot).*VM warning:.*") || line.equals("1 compiler directives added");
    }

    private static JsonObject parse(String line, String log) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new AssertionError("not a JSON object: " + line + "\n--- log:\n" + log, e);
        }
    }
}
