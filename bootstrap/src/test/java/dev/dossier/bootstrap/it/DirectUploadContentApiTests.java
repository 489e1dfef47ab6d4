package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.storage.inspection.CraftedFiles;
import dev.dossier.adapters.storage.inspection.SampleFiles;
import dev.dossier.domain.document.FileType;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Content checks of direct uploads, where the bytes are inspected in storage (read back through the
 * store, never copied out): real office files and images complete, a crafted one fails with the
 * rule's reason and is never served. Run on S3 by {@link DossierApiIT} and on the file system by
 * {@link DirectUploadFileSystemIT}.
 */
interface DirectUploadContentApiTests extends DirectUploadApiTests {

    private JsonObject settled(String fileName, byte[] bytes) throws InterruptedException {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        JsonObject doc = createDocument(t.apiKey(), DirectUploadApiTests.sr(entity), fileName, bytes.length);
        assertThat(upload(doc, Map.of(), bytes)).isEqualTo(204);
        return awaitDocument(
                t.apiKey(),
                doc.getString("document_id"),
                d -> !"PENDING".equals(d.getString("upload_status")),
                Duration.ofSeconds(30));
    }

    @Test
    default void givenRealOfficeFilesAndImages_whenUploadedDirectly_thenComplete() throws Exception {
        for (FileType type : new FileType[] {FileType.DOCX, FileType.XLSM, FileType.ODS, FileType.DOC, FileType.HEIC}) {
            JsonObject got = settled("sample." + type.extension(), SampleFiles.of(type));
            assertThat(got.getString("upload_status")).as(type + ": " + got).isEqualTo("COMPLETE");
        }
    }

    @Test
    default void givenSpreadsheetNamedDocx_whenUploadedDirectly_thenFailedAsNotDocx() throws Exception {
        JsonObject got = settled("statement.docx", SampleFiles.of(FileType.XLSX));
        assertThat(got.getString("upload_status")).isEqualTo("FAILED");
        assertThat(got.getString("failure_reason")).isEqualTo("The uploaded file's content is not DOCX.");
    }

    @Test
    default void givenZipBomb_whenUploadedDirectly_thenFailedWithTheLimitAndNeverServed() throws Exception {
        JsonObject got = settled("statement.docx", CraftedFiles.ratioBomb());
        assertThat(got.getString("upload_status")).isEqualTo("FAILED");
        assertThat(got.getString("failure_reason"))
                .isEqualTo("File type not allowed. The archive has an entry compressed more than 100:1.");
    }

    @Test
    default void givenImageOf200Megapixels_whenUploadedDirectly_thenFailedWithTheLimit() throws Exception {
        JsonObject got = settled("scan.png", CraftedFiles.png(20_000, 10_000));
        assertThat(got.getString("upload_status")).isEqualTo("FAILED");
        assertThat(got.getString("failure_reason"))
                .isEqualTo("File type not allowed. The image is larger than 100 megapixels.");
    }
}
