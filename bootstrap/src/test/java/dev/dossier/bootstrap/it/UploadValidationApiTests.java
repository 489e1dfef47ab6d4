package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refused upload is a 400 with the reference's field map, and nothing is stored. */
interface UploadValidationApiTests extends ApiTest {
    String ALLOWED = "File type not allowed. Allowed types: .pdf, .doc, .docx, .xls, .xlsx, .xlsm, .ppt, .pptx, "
            + ".odt, .ods, .odp, .rtf, .txt, .csv, .jpg, .jpeg, .png, .tiff, .tif, .heic, .heif, .webp, .bmp";
    int LIMIT = 10 * 1024 * 1024;

    private void assertRefused(ApiClient.TenantKey t, Resp r, String field, String message) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        List<String> messages = r.json().getJsonArray(field).getValuesAs(jakarta.json.JsonString::getString);
        assertThat(messages).as(r.toString()).contains(message);
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
    }

    @Test
    default void givenDisallowedExtension_whenUploaded_then400FileTypeNotAllowed() {
        var t = api().newTenant();
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "setup.exe", TestFiles.windowsExecutable(), "Other"),
                "file",
                ALLOWED);
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "page.html", "<html></html>".getBytes(), "Other"),
                "file",
                ALLOWED);
        assertRefused(
                t, api().uploadTenantDocument(t.apiKey(), "noextension", TestFiles.pdf("n"), "Other"), "file", ALLOWED);
    }

    @Test
    default void givenExecutableNamedPdf_whenUploaded_then400OnFile() {
        var t = api().newTenant();
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "invoice.pdf", TestFiles.windowsExecutable(), "Invoice"),
                "file",
                ALLOWED);
    }

    @Test
    default void givenPngNamedPdf_whenUploaded_then400OnFile() {
        var t = api().newTenant();
        assertRefused(
                t, api().uploadTenantDocument(t.apiKey(), "scan.pdf", TestFiles.png(), "Passport"), "file", ALLOWED);
    }

    @Test
    default void givenExactlyTenMegabytes_whenUploaded_thenAccepted() {
        var t = api().newTenant();
        Resp r = api().uploadTenantDocument(t.apiKey(), "big.pdf", TestFiles.pdfOfSize(LIMIT), "Annual Report");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getInt("size")).isEqualTo(LIMIT);
    }

    @Test
    default void givenOneByteOverTenMegabytes_whenUploaded_then400TooLarge() {
        var t = api().newTenant();
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "big.pdf", TestFiles.pdfOfSize(LIMIT + 1), "Annual Report"),
                "file",
                "File size exceeds maximum allowed size of 10MB");
    }

    @Test
    default void givenFarTooLargeUpload_whenUploaded_then400TooLargeNotAReset() {
        var t = api().newTenant();
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "huge.pdf", TestFiles.pdfOfSize(3 * LIMIT), "Annual Report"),
                "file",
                "File size exceeds maximum allowed size of 10MB");
    }

    @Test
    default void givenOversizedFileSentBeforeTheOtherFields_whenUploadedWithCurl_thenOnlyTheSizeIsReported()
            throws Exception {
        var t = api().newTenant();
        java.nio.file.Path big = java.nio.file.Files.createTempFile(
                java.nio.file.Path.of(System.getProperty("dossier.it.dir")), "oversized", ".pdf");
        java.nio.file.Files.write(big, TestFiles.pdfOfSize(LIMIT + 4096));
        Process curl = new ProcessBuilder(
                        "curl",
                        "-s",
                        "-X",
                        "POST",
                        api().baseUrl() + "/api/v1/documents/upload/",
                        "-H",
                        "Authorization: Bearer " + t.apiKey(),
                        "-F",
                        "file=@" + big,
                        "-F",
                        "document_type=Annual Report")
                .redirectErrorStream(true)
                .start();
        String body = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(curl.waitFor()).isZero();
        assertThat(body).isEqualTo("{\"file\":[\"File size exceeds maximum allowed size of 10MB\"]}");
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
        java.nio.file.Files.delete(big);
    }

    @Test
    default void givenMissingFileOrType_whenUploaded_then400NamingTheField() {
        var t = api().newTenant();
        assertRefused(
                t,
                api().upload("/api/v1/documents/upload/", t.apiKey(), Map.of("document_type", "Other"), null, null),
                "file",
                "No file was submitted.");
        assertRefused(
                t,
                api().upload("/api/v1/documents/upload/", t.apiKey(), Map.of(), "a.pdf", TestFiles.pdf("a")),
                "document_type",
                "This field is required.");
        assertRefused(
                t,
                api().uploadTenantDocument(t.apiKey(), "empty.pdf", new byte[0], "Other"),
                "file",
                "The submitted file is empty.");
    }

    @Test
    default void givenUnknownClassificationOrBadExpiry_whenUploaded_then400OnThatField() {
        var t = api().newTenant();
        Resp r = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Other", "classification", "top_secret"),
                        "a.pdf",
                        TestFiles.pdf("a"));
        assertRefused(
                t,
                r,
                "classification",
                "\"top_secret\" is not a valid choice. Allowed: tenant_private, entity_private, shared, confidential.");
        Resp e = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Other", "expiry_date", "31/12/2030"),
                        "a.pdf",
                        TestFiles.pdf("a"));
        assertRefused(t, e, "expiry_date", "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }

    @Test
    default void givenPathAndBidiOverrideInName_whenUploaded_thenNameIsSanitisedMetadata() {
        var t = api().newTenant();
        Resp r = api().uploadTenantDocument(t.apiKey(), "../../etc/evil\u202Efdp.pdf", TestFiles.pdf("n"), "Other");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("name")).isEqualTo("evilfdp.pdf");
    }

    /** A control character can only arrive percent-encoded (RFC 5987): raw, it is not allowed in a header at all. */
    @Test
    default void givenControlCharactersInName_whenEncodedTheyAreStrippedAndWhenRawTheUploadIs400() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("c");
        Resp encoded = api().send(
                        "POST",
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        "multipart/form-data; boundary=b0",
                        form("form-data; name=\"file\"; filename*=UTF-8''..%2Fev%07il%0A.pdf", pdf));
        assertThat(encoded.status()).as(encoded.toString()).isEqualTo(201);
        assertThat(encoded.json().getString("name")).isEqualTo("evil.pdf");

        Resp raw = api().send(
                        "POST",
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        "multipart/form-data; boundary=b0",
                        form("form-data; name=\"file\"; filename=\"ev\u0007il.pdf\"", pdf));
        assertThat(raw.status()).as(raw.toString()).isEqualTo(400);
        assertThat(raw.json().getString("detail")).isEqualTo("Multipart form parse error - invalid byte 7");
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isEqualTo(1);
    }

    private static byte[] form(String fileDisposition, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--b0\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\nOther\r\n"
                        + "--b0\r\nContent-Disposition: " + fileDisposition
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--b0--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    default void givenNonMultipartOrBrokenBody_whenUploaded_then4xxJson() {
        var t = api().newTenant();
        Resp json =
                api().outsideContract().postJson("/api/v1/documents/upload/", t.apiKey(), "{\"document_type\": \"x\"}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().getString("detail")).contains("Unsupported media type");

        Resp broken = api().outsideContract()
                .send(
                        "POST",
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        "multipart/form-data; boundary=abc",
                        ("--abc\r\nContent-Disposition: form-data; name=\"file\";"
                                        + " filename=\"a.pdf\"\r\n\r\n%PDF-1.4 no end")
                                .getBytes(StandardCharsets.US_ASCII));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).startsWith("Multipart form parse error");
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
    }
}
