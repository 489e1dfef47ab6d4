package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on the direct-upload surface's creates, answered in that surface's error format. */
interface RpcIdempotencyApiTests extends ApiTest {

    private Resp post(String path, String key, String idempotencyKey, String json) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api().baseUrl() + path))
                                .header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", idempotencyKey)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        return new Resp(r.statusCode(), r.headers().map(), r.body());
    }

    @Test
    default void givenSameKey_whenDocumentCreateRepeated_thenTheFirstUploadFormIsReplayedAndADifferentRequestIs422()
            throws Exception {
        var t = api().newTenant();
        String subject = api().createEntity(t.apiKey(), "Acme", "company");
        String key = UUID.randomUUID().toString();
        String body = "{\"subject_record_id\": \"" + subject
                + "\", \"file_name\": \"passport.pdf\", \"file_size_in_bytes\": 1024}";

        Resp first = post("/document.create", t.apiKey(), key, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Resp again = post("/document.create", t.apiKey(), key, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getJsonObject("data").getJsonObject("document").getString("document_id"))
                .isEqualTo(first.json()
                        .getJsonObject("data")
                        .getJsonObject("document")
                        .getString("document_id"));

        Resp other = post("/document.create", t.apiKey(), key, body.replace("1024", "2048"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().getJsonObject("error").getString("type")).isEqualTo("idempotency_key_reused");

        Resp workflow = post(
                "/workflow.create",
                t.apiKey(),
                key + "-w",
                "{\"subject_record_id\": \"" + subject + "\", \"workflow_type\": \"BUSINESS_APPLICATION\"}");
        Resp workflowAgain = post(
                "/workflow.create",
                t.apiKey(),
                key + "-w",
                "{\"workflow_type\": \"BUSINESS_APPLICATION\", \"subject_record_id\": \"" + subject + "\"}");
        assertThat(workflow.status()).isEqualTo(200);
        assertThat(workflowAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(workflowAgain.body()).isEqualTo(workflow.body());
    }
}
