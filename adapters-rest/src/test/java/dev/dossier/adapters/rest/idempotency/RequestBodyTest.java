package dev.dossier.adapters.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestBodyTest {
    private static final byte[] PDF = "%PDF-1.4\n% statement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path spoolDir;

    private RequestBody form(String boundary, Map<String, String> fields, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        try (MultipartForm f = MultipartForm.read(
                "multipart/form-data; boundary=" + boundary,
                new ByteArrayInputStream(body),
                "file",
                new UploadSpool(spoolDir))) {
            return RequestBody.form(f);
        }
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void givenSameUploadWithAnotherBoundaryAndFieldOrder_whenDigested_thenEqual() {
        RequestBody curl = form(
                "------------------------a1b2c3",
                fields("document_type", "Passport", "classification", "shared"),
                "passport.pdf",
                PDF);
        RequestBody requests = form(
                "8f1c0e4d9b2a4f6e",
                fields("classification", "shared", "document_type", "Passport"),
                "passport.pdf",
                PDF);

        assertThat(requests).isEqualTo(curl);
    }

    @Test
    void givenUploadsDifferingInOneByteFileNameOrField_whenDigested_thenAllDifferent() {
        byte[] other = PDF.clone();
        other[12] = 'X';
        RequestBody base = form("b1", fields("document_type", "Passport"), "passport.pdf", PDF);

        assertThat(form("b2", fields("document_type", "Passport"), "passport.pdf", other))
                .isNotEqualTo(base);
        assertThat(form("b3", fields("document_type", "Passport"), "passport2.pdf", PDF))
                .isNotEqualTo(base);
        assertThat(form("b4", fields("document_type", "Bank Statement"), "passport.pdf", PDF))
                .isNotEqualTo(base);
        assertThat(form("b5", fields("document_type", "Passport", "expiry_date", "2030-01-01"), "passport.pdf", PDF))
                .isNotEqualTo(base);
        assertThat(form("b6", fields("document_type", "Passport"), null, null)).isNotEqualTo(base);
    }

    @Test
    void givenSpooledFile_thenItsSha256IsThatOfTheBytes() throws Exception {
        byte[] body = ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(body);
        out.writeBytes(PDF);
        out.writeBytes("\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));
        try (MultipartForm f = MultipartForm.read(
                "multipart/form-data; boundary=x",
                new ByteArrayInputStream(out.toByteArray()),
                "file",
                new UploadSpool(spoolDir))) {
            assertThat(f.file().orElseThrow().sha256())
                    .isEqualTo(java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(PDF)));
        }
    }

    @Test
    void givenSameJsonWithOtherKeyOrderAndWhitespace_whenDigested_thenEqual() {
        RequestBody compact = RequestBody.json("{\"name\":\"Acme Corp\",\"entity_type\":\"company\"}");
        RequestBody spaced = RequestBody.json("{\n  \"entity_type\" : \"company\",\n  \"name\": \"Acme Corp\"\n}\n");
        RequestBody nested = RequestBody.json("{\"a\": {\"y\": [1, 2.0], \"x\": null}}");

        assertThat(spaced).isEqualTo(compact);
        assertThat(RequestBody.json("{\"a\":{\"x\":null,\"y\":[1.00,2]}}")).isEqualTo(nested);
    }

    @Test
    void givenJsonDifferingInAValueOrArrayOrder_whenDigested_thenDifferent() {
        RequestBody base = RequestBody.json("{\"name\":\"Acme Corp\",\"entity_type\":\"company\"}");

        assertThat(RequestBody.json("{\"name\":\"Acme Corp.\",\"entity_type\":\"company\"}"))
                .isNotEqualTo(base);
        assertThat(RequestBody.json("{\"name\":\"Acme Corp\"}")).isNotEqualTo(base);
        assertThat(RequestBody.json("[1,2]")).isNotEqualTo(RequestBody.json("[2,1]"));
        assertThat(RequestBody.json("{\"n\":\"1\"}")).isNotEqualTo(RequestBody.json("{\"n\":1}"));
    }

    @Test
    void givenBrokenOrEmptyJson_whenDigested_thenByBytesAndNoException() {
        assertThat(RequestBody.json("{\"name\": ")).isEqualTo(RequestBody.json("{\"name\": "));
        assertThat(RequestBody.json("{\"name\": ")).isNotEqualTo(RequestBody.json("{\"name\":"));
        assertThat(RequestBody.json("")).isEqualTo(RequestBody.empty());
        assertThat(RequestBody.json(null)).isEqualTo(RequestBody.empty());
    }
}
