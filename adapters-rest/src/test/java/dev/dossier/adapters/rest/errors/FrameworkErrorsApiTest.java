package dev.dossier.adapters.rest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The framework's own refusals and the last-resort mappers, in the Library's JSON error body. */
class FrameworkErrorsApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    @Test
    void givenUnknownRoute_then404NotFoundAsJson() {
        Resp r = api.get("/api/v1/nothing-here/", null);

        assertThat(r.toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
        assertThat(r.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void givenWadlAsked_then404_theApiDescriptionIsOpenApiOnly() {
        var t = api.newTenant();

        assertThat(api.get("/application.wadl", t.apiKey()).toString()).isEqualTo("404 {\"detail\":\"Not found.\"}");
    }

    @Test
    void givenWrongMethod_then405WithAllow() {
        var t = api.newTenant();

        Resp r = api.send("PUT", "/api/v1/documents/", t.apiKey(), "application/json", "{}".getBytes());

        assertThat(r.toString()).isEqualTo("405 {\"detail\":\"Method \\\"PUT\\\" not allowed.\"}");
        assertThat(r.header("Allow")).contains("GET");
    }

    @Test
    void givenWrongMediaType_then415NamingIt() {
        var t = api.newTenant();

        Resp r = api.send("POST", "/api/v1/entities/", t.apiKey(), "application/xml", "<entity/>".getBytes());

        assertThat(r.toString())
                .isEqualTo("415 {\"detail\":\"Unsupported media type \\\"application/xml\\\" in request.\"}");
    }

    @Test
    void givenMultipartEndpoint_whenJsonIsSent_then415() {
        var t = api.newTenant();

        Resp r = api.postJson("/api/v1/documents/upload/", t.apiKey(), "{}");

        assertThat(r.toString())
                .isEqualTo("415 {\"detail\":\"Unsupported media type \\\"application/json\\\" in request.\"}");
    }

    @Test
    void givenBrokenMultipart_then400Detail() {
        var t = api.newTenant();

        Resp r = api.send(
                "POST",
                "/api/v1/documents/upload/",
                t.apiKey(),
                "multipart/form-data; boundary=xyz",
                "--xyz\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\nPassport".getBytes());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().keySet()).containsExactly("detail");
        assertThat(r.json().getString("detail")).startsWith("Multipart form parse error - ");
    }

    @Test
    void givenJsonThatIsNotAnObject_then400Detail() {
        var t = api.newTenant();

        assertThat(api.postJson("/api/v1/entities/", t.apiKey(), "[1, 2]").toString())
                .isEqualTo("400 {\"detail\":\"JSON parse error - expected a JSON object.\"}");
        assertThat(api.postJson("/api/v1/entities/", t.apiKey(), "").toString())
                .isEqualTo("400 {\"detail\":\"JSON parse error - the request body is empty.\"}");
    }

    @Test
    void givenAnUnexpectedFailure_then500WithAnIncidentAndNoStackTrace() {
        api.ports().tokens().afterNextFind(() -> {
            throw new IllegalStateException("disk on fire at /var/lib/secret");
        });

        Resp r = api.get("/api/v1/files/some-token/", null);

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().keySet()).containsExactlyInAnyOrder("error", "incident");
        assertThat(r.json().getString("error")).isEqualTo("Internal server error.");
        assertThat(UUID.fromString(r.json().getString("incident"))).isNotNull();
        assertThat(r.text()).doesNotContain("secret", "Exception", "\tat ");
    }

    @Test
    void givenTheDocumentCannotBeRecorded_then500InTheStorageFailureFormat() {
        var t = api.newTenant();
        api.ports().documents().failSavesWith(new IllegalStateException("disk on fire at /var/lib/secret"));
        try {
            Resp upload = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form().field("document_type", "Passport").file("file", "p.pdf", Fixtures.pdf()));

            assertThat(upload.toString())
                    .isEqualTo("500 {\"error\":\"File upload failed.\",\"details\":"
                            + "{\"reason\":\"The document could not be recorded.\"}}");
        } finally {
            api.ports().documents().failSavesWith(null);
        }
    }

    @Test
    void givenStorageFailure_then500InTheStorageFailureFormat() {
        var t = api.newTenant();
        api.ports().contents().failPuts(true);
        try {
            Resp r = api.post(
                    "/api/v1/documents/upload/",
                    t.apiKey(),
                    Multipart.form().field("document_type", "Passport").file("file", "p.pdf", Fixtures.pdf()));

            assertThat(r.toString())
                    .isEqualTo("500 {\"error\":\"File upload failed.\",\"details\":"
                            + "{\"reason\":\"Failed to upload file to storage. Please try again later.\"}}");
        } finally {
            api.ports().contents().failPuts(false);
        }
    }
}
