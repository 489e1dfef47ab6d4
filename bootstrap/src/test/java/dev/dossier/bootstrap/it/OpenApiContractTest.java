package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check of the API suite bites: on the shipped document, what it lets through and what not. */
class OpenApiContractTest {
    private static final OpenApiContract CONTRACT =
            OpenApiContract.served(new ApiClient.Resp(200, Map.of(), document()));
    private static final String ENTITY = "{\"id\":\"8a3e54f0-2b1c-4d5e-9f60-7a8b9c0d1e2f\",\"name\":\"Acme Ltd\","
            + "\"entity_type\":\"company\",\"created_at\":\"2026-12-05T06:30:37.582844Z\"}";

    @Test
    void givenAnswerAsDescribed_thenAccepted() {
        assertThatCode(() ->
                        check("GET", "/api/v1/entities/8a3e54f0-2b1c-4d5e-9f60-7a8b9c0d1e2f/", null, 200, ENTITY, true))
                .doesNotThrowAnyException();
    }

    @Test
    void givenAnswerWithAFieldTheDocumentDoesNotName_thenRefused() {
        String extra = ENTITY.replace("}", ",\"internal_note\":\"x\"}");
        assertThatThrownBy(() ->
                        check("GET", "/api/v1/entities/8a3e54f0-2b1c-4d5e-9f60-7a8b9c0d1e2f/", null, 200, extra, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("internal_note");
    }

    @Test
    void givenRpcAnswerWithoutItsEnvelope_thenRefused() {
        String bare = "{\"workflow\":{\"workflow_id\":\"w_2Tt3amoBea6bopMHWfeU7k\"}}";
        assertThatThrownBy(() -> check(
                        "POST",
                        "/workflow.complete",
                        "{\"workflow_id\":\"w_2Tt3amoBea6bopMHWfeU7k\"}",
                        200,
                        bare,
                        true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("data");
    }

    @Test
    void givenInvalidRequest_thenRefused_unlessSentOutsideTheContract_whereItsAnswerIsStillChecked() {
        String invalid = "{\"entity_type\":\"trust\"}";
        String answer =
                "{\"name\":[\"This field is required.\"],\"entity_type\":[\"\\\"trust\\\" is not a valid choice.\"]}";
        assertThatThrownBy(() -> check("POST", "/api/v1/entities/", invalid, 400, answer, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("entity_type");
        assertThatCode(() -> check("POST", "/api/v1/entities/", invalid, 400, answer, false))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("POST", "/api/v1/entities/", invalid, 400, "{\"detail\": 5}", false))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void givenEmptyPageSize_thenAccepted_butAWordRefused() {
        String page = "{\"results\":[],\"has_more\":false,\"next_cursor\":null,\"prev_cursor\":null}";
        assertThatCode(() -> check("GET", "/api/v2/documents/?after=&page_size=", null, 200, page, true))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/v2/documents/?page_size=ten", null, 200, page, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("allowed: [\"integer\"]");
    }

    private static void check(String method, String path, String body, int status, String answer, boolean checked) {
        Map<String, List<String>> headers = body == null
                ? Map.of("Authorization", List.of("Bearer dsk_x"))
                : Map.of("Authorization", List.of("Bearer dsk_x"), "Content-Type", List.of("application/json"));
        CONTRACT.check(
                method,
                URI.create("http://127.0.0.1:8080" + path),
                headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                new ApiClient.Resp(
                        status,
                        Map.of("Content-Type", List.of("application/json")),
                        answer.getBytes(StandardCharsets.UTF_8)),
                checked);
    }

    private static byte[] document() {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
