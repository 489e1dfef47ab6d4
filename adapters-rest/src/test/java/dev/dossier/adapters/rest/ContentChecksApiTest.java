package dev.dossier.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.shared.PrefixedIds;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Content checks on every surface, in process: a problem the content inspector finds is the same 400
 * field error on {@code file} as a wrong type (the Library, v2, entity, response and business
 * uploads), and a direct upload FAILED with the same reason. The inspector here is the application's
 * fake, which refuses the bytes a test names and applies the domain's text rule; the real one reads
 * real files in the storage adapter's tests and in the API suite.
 */
class ContentChecksApiTest {
    @RegisterExtension
    static final RestHarness api = new RestHarness();

    /** Bytes that start like a ZIP (as every .docx does), distinct per call, that the inspector refuses. */
    private static byte[] refused(ContentProblem problem) {
        byte[] bytes = ("PK\u0003\u0004 " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        api.ports().inspector().refuse(bytes, problem);
        return bytes;
    }

    private static void assertRefused(Resp r, ContentProblem problem) {
        assertThat(r.toString()).isEqualTo("400 {\"file\":[\"" + problem.message() + "\"]}");
    }

    @ParameterizedTest
    @EnumSource(ContentProblem.class)
    void givenContentWithAProblem_whenUploadedOnAnySurface_then400OnFileWithItsMessageAndNothingStored(
            ContentProblem problem) {
        var t = api.newTenant();
        String entity = api.newEntity(t.apiKey(), "Acme Corp Ltd");
        int stored = api.ports().contents().objects().size();

        for (String path : new String[] {
            "/api/v1/documents/upload/",
            "/api/v2/documents/upload/",
            "/api/v1/entities/" + entity + "/documents/upload/",
            "/api/v2/entities/" + entity + "/documents/"
        }) {
            Resp r = api.post(
                    path,
                    t.apiKey(),
                    Multipart.form()
                            .field("document_type", "Bank Statement")
                            .file("file", "statement.docx", refused(problem)));
            assertRefused(r, problem);
        }
        Resp business = api.post(
                "/v1/businesses/" + entity + "/documents",
                t.apiKey(),
                Multipart.form().field("type", "bank_statement").file("file", "statement.docx", refused(problem)));
        assertRefused(business, problem);

        String response = Resp.check(
                        api.postJson(
                                "/api/v1/responses/",
                                t.apiKey(),
                                "{\"entity_id\": \"" + entity + "\", \"file_questions\": "
                                        + "[{\"id\": 1, \"document_type\": \"Bank Statement\"}]}"),
                        201)
                .json()
                .getString("id");
        Resp answer = api.post(
                "/api/v1/responses/" + response + "/documents/upload/",
                t.apiKey(),
                Multipart.form()
                        .field("document_type", "Bank Statement")
                        .field("file_question_id", "1")
                        .file("file", "statement.docx", refused(problem)));
        assertRefused(answer, problem);
        assertThat(api.ports().contents().objects()).hasSize(stored);
    }

    @Test
    void givenCsvWithANulAfterTheFirst8KiB_whenUploaded_then400OnFileAndTheSameCsvWithoutItIsAccepted() {
        var t = api.newTenant();
        byte[] csv = "2026-03-14,Invoice 2026-0042 M\u00fcller GmbH,-1250.50\n"
                .repeat(300)
                .getBytes(StandardCharsets.UTF_8);
        byte[] withNul = Arrays.copyOf(csv, csv.length + 1);

        Resp refused = api.post(
                "/api/v1/documents/upload/",
                t.apiKey(),
                Multipart.form().field("document_type", "Other").file("file", "rows.csv", withNul));
        Resp accepted = api.post(
                "/api/v1/documents/upload/",
                t.apiKey(),
                Multipart.form().field("document_type", "Other").file("file", "rows.csv", csv));

        assertRefused(refused, ContentProblem.NOT_UTF8_TEXT);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    @Test
    void givenTifFile_whenUploaded_then201AsImageTiff() {
        var t = api.newTenant();
        byte[] tiff = Fixtures.bytes('M', 'M', 0, 0x2A, 0, 0, 0, 8);

        Resp r = api.post(
                "/api/v1/documents/upload/",
                t.apiKey(),
                Multipart.form().field("document_type", "Passport").file("file", "scan.tif", tiff));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("content_type")).isEqualTo("image/tiff");
    }

    @ParameterizedTest
    @EnumSource(value = ContentProblem.class, names = "NOT_OF_TYPE", mode = EnumSource.Mode.EXCLUDE)
    void givenDirectUploadOfContentWithAProblem_whenSettled_thenFailedWithItsMessage(ContentProblem problem) {
        var t = api.newTenant();
        String entity = api.newEntity(t.apiKey(), "Acme Corp Ltd");
        byte[] bytes = refused(problem);

        JsonObject failed = directUpload(t.apiKey(), entity, "statement.docx", bytes);

        assertThat(failed.getString("upload_status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure_reason")).isEqualTo(problem.message());
    }

    @Test
    void givenDirectUploadOfASpreadsheetNamedDocx_whenSettled_thenFailedAsNotDocx() {
        var t = api.newTenant();
        String entity = api.newEntity(t.apiKey(), "Acme Corp Ltd");

        JsonObject failed = directUpload(t.apiKey(), entity, "statement.docx", refused(ContentProblem.NOT_OF_TYPE));

        assertThat(failed.getString("upload_status")).isEqualTo("FAILED");
        assertThat(failed.getString("failure_reason")).isEqualTo("The uploaded file's content is not DOCX.");
    }

    /** Announces, sends and reads back a direct upload of {@code bytes}; the document as read after. */
    private static JsonObject directUpload(String key, String entity, String fileName, byte[] bytes) {
        String subject = PrefixedIds.encode("sr_", UUID.fromString(entity));
        JsonObject created = Resp.check(
                        api.postJson(
                                "/document.create",
                                key,
                                "{\"subject_record_id\": \"" + subject + "\", \"file_name\": \"" + fileName
                                        + "\", \"file_size_in_bytes\": " + bytes.length + "}"),
                        200)
                .json()
                .getJsonObject("data")
                .getJsonObject("document");
        String storageKey = created.getJsonObject("presign_values").getString("key");
        api.ports().directUploadStore().arrive(new StorageKey(storageKey), bytes);
        return Resp.check(
                        api.postJson(
                                "/document.get",
                                key,
                                "{\"document_id\": \"" + created.getString("document_id") + "\"}"),
                        200)
                .json()
                .getJsonObject("data")
                .getJsonObject("document");
    }
}
