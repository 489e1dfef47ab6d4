package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.storage.inspection.CraftedFiles;
import dev.dossier.adapters.storage.inspection.SampleFiles;
import dev.dossier.bootstrap.it.ApiClient.Resp;
import dev.dossier.domain.document.FileType;
import jakarta.json.JsonString;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Content checks (ASVS 5.2) on the deployed WAR, with the real inspector: a real file of every
 * allowed type is accepted, and one crafted file per rule (a JAR, a spreadsheet or a plain ZIP named
 * {@code .docx}, an ODT with a spreadsheet's mimetype, a Word file named {@code .xls}, three ZIP
 * bombs, text broken after its first 8 KiB, images claiming 200 megapixels) is refused with the 400
 * field map, nothing stored.
 */
interface ContentCheckApiTests extends ApiTest {

    @Test
    default void givenRealSampleOfEveryAllowedType_whenUploaded_then201WithItsContentType() {
        var t = api().newTenant();
        for (FileType type : FileType.values()) {
            Resp r = api().uploadTenantDocument(
                            t.apiKey(), "sample." + type.extension(), SampleFiles.of(type), "Bank Statement");
            assertThat(r.status()).as(type + ": " + r).isEqualTo(201);
            assertThat(r.json().getString("content_type")).isEqualTo(type.contentType());
        }
        assertThat(api().get("/api/v1/documents/?limit=100", t.apiKey()).json().getInt("count"))
                .isEqualTo(FileType.values().length);
    }

    @Test
    default void givenOneCraftedFilePerRule_whenUploaded_then400OnFileWithTheRulesMessageAndNothingStored() {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        for (CraftedFiles.Crafted file : CraftedFiles.all()) {
            Resp library = api().uploadTenantDocument(t.apiKey(), file.fileName(), file.bytes(), "Bank Statement");
            Resp entityUpload = api().upload(
                            "/api/v1/entities/" + entity + "/documents/upload/",
                            t.apiKey(),
                            Map.of("document_type", "Bank Statement"),
                            file.fileName(),
                            file.bytes());
            for (Resp r : new Resp[] {library, entityUpload}) {
                assertThat(r.status()).as(file + ": " + r).isEqualTo(400);
                assertThat(r.json().keySet()).as(file.toString()).containsExactly("file");
                assertThat(r.json().getJsonArray("file").getValuesAs(JsonString::getString))
                        .as(file.toString())
                        .containsExactly(file.problem().message());
            }
        }
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
        assertThat(api().get("/api/v1/entities/" + entity + "/documents/", t.apiKey())
                        .json()
                        .getJsonArray("documents"))
                .isEmpty();
    }

    @Test
    default void givenTheBombs_whenUploaded_thenTheMessagesSayWhichLimit() {
        var t = api().newTenant();
        assertThat(api().uploadTenantDocument(t.apiKey(), "a.docx", CraftedFiles.unpacksPast100MiB(), "Other")
                        .toString())
                .isEqualTo("400 {\"file\":[\"File type not allowed. The archive is too large when unpacked.\"]}");
        assertThat(api().uploadTenantDocument(t.apiKey(), "a.docx", CraftedFiles.tooManyEntries(), "Other")
                        .toString())
                .isEqualTo("400 {\"file\":[\"File type not allowed. The archive has more than 10,000 entries.\"]}");
    }
}
