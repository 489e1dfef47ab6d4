package dev.dossier.adapters.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Idempotency-Key on creates and uploads, through the filter, the resources and the claim use case. */
class IdempotencyApiTest {
    private static final String REUSED =
            "This Idempotency-Key was already used for a different request. Use a new key for a new request.";
    private static final String IN_FLIGHT =
            "A request with this Idempotency-Key is still being processed. Retry once it has finished.";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    private static Multipart statement(byte[] pdf) {
        return Multipart.form().field("document_type", "Bank Statement").file("file", "statement.pdf", pdf);
    }

    @Test
    void givenUploadWithKey_whenRetried_thenTheFirstAnswerIsReplayedByteForByte_andNoSecondDocument() {
        var t = api.newTenant();
        String key = "idem-" + UUID.randomUUID();
        byte[] pdf = Fixtures.pdf();

        Resp first = api.post("/api/v1/documents/upload/", t.apiKey(), statement(pdf), "Idempotency-Key", key);
        Resp retry = api.post("/api/v1/documents/upload/", t.apiKey(), statement(pdf), "Idempotency-Key", key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Content-Type")).startsWith("application/json");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(api.get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/entities/", "/api/v2/entities/"})
    void givenEntityCreatedWithKey_whenResentWithOtherKeyOrder_thenReplayed_andADifferentBodyIs422(String path) {
        var t = api.newTenant();
        String key = "idem-" + UUID.randomUUID();

        Resp first = api.postJson(
                path, t.apiKey(), "{\"name\": \"Acme\", \"entity_type\": \"company\"}", "Idempotency-Key", key);
        Resp reordered = api.postJson(
                path, t.apiKey(), "{ \"entity_type\":\"company\",\"name\":\"Acme\" }", "Idempotency-Key", key);
        Resp different = api.postJson(
                path, t.apiKey(), "{\"name\": \"Other\", \"entity_type\": \"company\"}", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(reordered.status()).isEqualTo(201);
        assertThat(reordered.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reordered.text()).isEqualTo(first.text());
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.text()).isEqualTo("{\"detail\":\"" + REUSED + "\"}");
        assertThat(api.get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                .isEqualTo(1);
    }

    @Test
    void givenRefusedRequest_whenRetriedWithTheSameKey_thenTheSame400IsReplayed() {
        var t = api.newTenant();
        String key = "idem-" + UUID.randomUUID();

        Resp first = api.postJson("/api/v1/entities/", t.apiKey(), "{\"name\": \"A\"}", "Idempotency-Key", key);
        Resp retry = api.postJson("/api/v1/entities/", t.apiKey(), "{\"name\": \"A\"}", "Idempotency-Key", key);

        assertThat(first.toString()).isEqualTo("400 {\"entity_type\":[\"This field is required.\"]}");
        assertThat(retry.toString()).isEqualTo(first.toString());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void givenTwoKeysOrAnOverlongKey_then400OnTheHeader_andNothingCreated() {
        var t = api.newTenant();

        Resp two = api.postJson(
                "/api/v1/entities/",
                t.apiKey(),
                "{\"name\": \"A\", \"entity_type\": \"company\"}",
                "Idempotency-Key",
                "one",
                "Idempotency-Key",
                "two");
        Resp overlong = api.postJson(
                "/api/v1/entities/",
                t.apiKey(),
                "{\"name\": \"A\", \"entity_type\": \"company\"}",
                "Idempotency-Key",
                "k".repeat(256));

        assertThat(two.toString()).isEqualTo("400 {\"Idempotency-Key\":[\"Send one Idempotency-Key header, not 2.\"]}");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.json().keySet()).containsExactly("Idempotency-Key");
        assertThat(api.get("/api/v1/entities/", t.apiKey()).json().getInt("count"))
                .isZero();
    }

    @Test
    void givenTheFirstUploadStillRunning_whenRepeated_then409WithRetryAfter() throws Exception {
        var t = api.newTenant();
        String key = "idem-" + UUID.randomUUID();
        byte[] pdf = Fixtures.pdf();
        CompletableFuture<Resp> first;
        Resp repeat;
        // the content store's methods are synchronized: holding its lock keeps the first upload inside its put
        synchronized (api.ports().contents()) {
            first = CompletableFuture.supplyAsync(
                    () -> api.post("/api/v1/documents/upload/", t.apiKey(), statement(pdf), "Idempotency-Key", key));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (api.ports().idempotency().all().stream()
                    .noneMatch(r -> r.key().toString().equals(key))) {
                assertThat(System.nanoTime())
                        .as("the first request claimed its key")
                        .isLessThan(deadline);
                Thread.sleep(5);
            }
            repeat = api.post("/api/v1/documents/upload/", t.apiKey(), statement(pdf), "Idempotency-Key", key);
        }

        assertThat(repeat.toString()).isEqualTo("409 {\"detail\":\"" + IN_FLIGHT + "\"}");
        assertThat(repeat.header("Retry-After")).isEqualTo("1");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(201);
    }

    @Test
    void givenAKeyOlderThanADay_whenReused_thenTheRequestRunsAfresh() {
        var t = api.newTenant();
        String key = "idem-" + UUID.randomUUID();
        String body = "{\"name\": \"Acme\", \"entity_type\": \"company\"}";
        Resp first = api.postJson("/api/v1/entities/", t.apiKey(), body, "Idempotency-Key", key);

        api.ports().time().advance(Duration.ofHours(25));
        Resp later = api.postJson("/api/v1/entities/", t.apiKey(), body, "Idempotency-Key", key);

        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(later.json().getString("id")).isNotEqualTo(first.json().getString("id"));
    }

    /**
     * On the server CDI hands the application-scoped filter a client proxy of the request-scoped context; the
     * harness's HK2 binding must do the same, package-private methods included, or every request would share one.
     */
    @Test
    void givenTheHarness_thenSingletonsHoldAProxyOfTheRequestScopedContext() {
        IdempotentRequests requests = api.injectionManager().getInstance(IdempotentRequests.class);

        assertThat(requests.context).isNotNull();
        assertThat(requests.context.getClass()).isNotEqualTo(IdempotencyContext.class);
        // outside a request there is no context to delegate to: the call fails instead of touching shared state
        assertThatThrownBy(() -> requests.context.request("POST", "/x", List.of("k")))
                .isInstanceOf(RuntimeException.class);
    }
}
