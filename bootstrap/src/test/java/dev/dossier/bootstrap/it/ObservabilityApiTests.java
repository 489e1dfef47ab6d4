package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.storage.scanning.TestClamd;
import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an operator relies on at the edge: a request id on every answer (the client's when safe),
 * {@code Cache-Control: no-store}, no server banner, JSON bodies for the container's own errors, the
 * operations counters and the latency by route in {@code /metrics}, which only the metrics token reads.
 */
interface ObservabilityApiTests extends ApiTest {
    String REQUEST_ID = "X-Request-Id";
    String SAFE_ID = "[A-Za-z0-9._-]{1,64}";

    private Resp getWithRequestId(String path, String bearer, String requestId) {
        return requestId == null
                ? api().send("GET", path, bearer, null, null)
                : api().send("GET", path, bearer, null, null, REQUEST_ID, requestId);
    }

    @Test
    default void givenAnyAnswer_thenItCarriesARequestId_theClientsWhenSafe_elseANewOne() {
        var t = api().newTenant();
        String[][] cases = {
            {"/api/v1/documents/", t.apiKey(), "200"},
            {"/api/v1/documents/", null, "401"},
            {OpenApiContract.UNKNOWN_PATH + "/" + java.util.UUID.randomUUID(), t.apiKey(), "404"},
        };
        for (String[] c : cases) {
            Resp echoed = getWithRequestId(c[0], c[1], "client-req_1.2");
            assertThat(echoed.status()).as(c[0] + " " + echoed).isEqualTo(Integer.parseInt(c[2]));
            assertThat(echoed.header(REQUEST_ID)).as(c[0]).isEqualTo("client-req_1.2");

            Resp generated = getWithRequestId(c[0], c[1], null);
            Resp another = getWithRequestId(c[0], c[1], null);
            assertThat(generated.header(REQUEST_ID)).as(c[0]).matches(SAFE_ID);
            assertThat(another.header(REQUEST_ID)).as(c[0]).matches(SAFE_ID).isNotEqualTo(generated.header(REQUEST_ID));

            for (String unsafe : new String[] {"a".repeat(65), "x<script>", "two words"}) {
                Resp replaced = getWithRequestId(c[0], c[1], unsafe);
                assertThat(replaced.header(REQUEST_ID))
                        .as(c[0] + " " + unsafe)
                        .matches(SAFE_ID)
                        .isNotEqualTo(unsafe);
            }
        }
    }

    @Test
    default void givenServedDescription_thenEveryResponseDescribesTheRequestIdHeader() {
        JsonObject doc = api().send("GET", "/openapi", null, null, null, "Accept", "application/json")
                .json();
        JsonObject components = doc.getJsonObject("components");
        assertThat(components
                        .getJsonObject("headers")
                        .getJsonObject("RequestId")
                        .getJsonObject("schema"))
                .isNotNull();
        int checked = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
                    continue; // a path's shared parameters
                }
                for (var answer : op.getJsonObject("responses").entrySet()) {
                    JsonObject response = answer.getValue().asJsonObject();
                    if (response.containsKey("$ref")) {
                        String name = response.getString("$ref").substring("#/components/responses/".length());
                        response = components.getJsonObject("responses").getJsonObject(name);
                    }
                    assertThat(response.getJsonObject("headers"))
                            .as(operation.getKey() + " " + path.getKey() + " " + answer.getKey())
                            .isNotNull();
                    assertThat(response.getJsonObject("headers")
                                    .getJsonObject("X-Request-Id")
                                    .getString("$ref"))
                            .isEqualTo("#/components/headers/RequestId");
                    checked++;
                }
            }
        }
        assertThat(checked).as("responses checked").isGreaterThan(100);
    }

    @Test
    default void givenApiAnswers_thenNoStore_andNoServerBanner() {
        var t = api().newTenant();
        for (Resp r : new Resp[] {
            api().get("/api/v1/documents/", t.apiKey()),
            api().get("/api/v1/documents/", null),
            api().get(OpenApiContract.UNKNOWN_PATH, null),
            api().get("/health/ready", null)
        }) {
            assertThat(r.header("Cache-Control")).as(r.toString()).isEqualTo("no-store");
            assertThat(r.header("Server")).as(r.toString()).isNull();
            assertThat(r.header("X-Powered-By")).as(r.toString()).isNull();
        }
    }

    @Test
    default void givenUnknownPathOrMethodTheServerAnswers_thenJsonDetail_notAnHtmlPage() {
        Resp unknown = api().get(OpenApiContract.UNKNOWN_PATH, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/json");
        assertThat(unknown.text()).isEqualTo("{\"detail\":\"Not found.\"}");

        // answered by the servlet container, outside JAX-RS: its error page is the JSON one
        Resp wrongMethod = api().send("DELETE", "/health/ready", null, null, null);
        assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/json");
        assertThat(wrongMethod.text()).isEqualTo("{\"detail\":\"Method not allowed.\"}");
        assertThat(wrongMethod.header(REQUEST_ID)).matches(SAFE_ID);
    }

    @Test
    default void givenMetricsToken_thenMetricsNeedIt_andHealthStaysOpen() {
        String token = MetricsScrape.token();
        assertThat(token).as("the suite sets DOSSIER_METRICS_TOKEN").isNotBlank();
        Resp none = api().send("GET", "/metrics", null, null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.text()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(none.header(REQUEST_ID)).matches(SAFE_ID);
        Resp wrong = api().send("GET", "/metrics/application", token + "x", null, null);
        assertThat(wrong.status()).isEqualTo(401);
        Resp right = api().send("GET", "/metrics", token, null, null, "Accept", "text/plain");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.text()).contains("dossier_uploads");
        assertThat(api().get("/health/ready", null).status()).isEqualTo(200);
    }

    @Test
    default void givenUploadDownloadAndMalwareHit_thenTheCountersMove_andRequestsAreTimedByRoute() {
        var t = api().newTenant("documents");
        MetricsScrape before = MetricsScrape.of(api());
        byte[] pdf = TestFiles.pdf("counted");
        Resp up = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "counted-passport.pdf",
                        pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String id = up.json().getString("id");
        String url = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        Resp file = api().get(url, null);
        assertThat(file.status()).isEqualTo(200);
        Resp infected = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport"),
                        "infected.pdf",
                        TestClamd.eicarPdf());
        assertThat(infected.status()).isEqualTo(400);

        MetricsScrape after = MetricsScrape.of(api());
        assertThat(after.has("dossier_upload_bytes_total")).as(after.text()).isTrue();
        assertThat(after.sum("dossier_uploads_total") - before.sum("dossier_uploads_total"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("dossier_upload_bytes_total") - before.sum("dossier_upload_bytes_total"))
                .isGreaterThanOrEqualTo(pdf.length);
        assertThat(after.sum("dossier_download_links_issued_total") - before.sum("dossier_download_links_issued_total"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("dossier_download_links_redeemed_total")
                        - before.sum("dossier_download_links_redeemed_total"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("dossier_downloads_total") - before.sum("dossier_downloads_total"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.sum("dossier_download_bytes_total") - before.sum("dossier_download_bytes_total"))
                .isGreaterThanOrEqualTo(pdf.length);
        assertThat(after.sum("dossier_malware_detected_total") - before.sum("dossier_malware_detected_total"))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.has("dossier_integrity_failures_total"))
                .as(after.text())
                .isTrue();

        // the latency timer: by route template and status, never by the path with its ids
        assertThat(after.timerCounts("dossier_http_requests", "route=\"/api/v1/documents/upload\"", "status=\"201\""))
                .as(after.text())
                .isNotEmpty();
        assertThat(after.timerCounts("dossier_http_requests", "status=\"400\"")).isNotEmpty();
        assertThat(after.text()).doesNotContain(id).doesNotContain(t.apiKey());

        assertThat(after.value("dossier_db_connections_in_use")).isGreaterThanOrEqualTo(0);
        assertThat(after.value("dossier_db_connections_acquired"))
                .isGreaterThan(before.value("dossier_db_connections_acquired"));
    }
}
