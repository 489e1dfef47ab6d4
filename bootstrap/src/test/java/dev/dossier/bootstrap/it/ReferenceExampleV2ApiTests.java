package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reference's v2 cURL examples, as written (with {@code -s} so only the body is printed), with only
 * the base URL, the key and the example ids substituted.
 */
interface ReferenceExampleV2ApiTests extends ApiTest {
    String REFERENCE_BASE = "https://api.kycgenie.com";
    String EXAMPLE_DOCUMENT = "550e8400-e29b-41d4-a716-446655440000";
    String EXAMPLE_ENTITY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    private String curl(String example, String apiKey, Path dir) throws Exception {
        Path file = dir.resolve("example.sh");
        Files.writeString(
                file,
                example.replace("curl ", "curl -s ")
                        .replace(REFERENCE_BASE, api().baseUrl())
                        .replace("YOUR_API_KEY", apiKey));
        Process p = new ProcessBuilder("bash", file.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private Path scratch() throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "examples-v2");
        Files.write(dir.resolve("financial_statement.pdf"), TestFiles.pdf("financial"));
        Files.write(dir.resolve("bank_statement.pdf"), TestFiles.pdf("bank"));
        return dir;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.strip())).readObject();
    }

    @Test
    default void givenReferenceV2TenantDocumentCurlExamples_whenRunAsWritten_thenTheyWork() throws Exception {
        var t = api().newTenant();
        Path dir = scratch();
        JsonObject uploaded = json(curl("""
                curl -X POST https://api.kycgenie.com/api/v2/documents/upload/ \\
                -H "Authorization: Bearer YOUR_API_KEY" \\
                -F "file=@financial_statement.pdf" \\
                -F "document_type=Financial Statement"
                """, t.apiKey(), dir));
        assertThat(uploaded.getString("name")).isEqualTo("financial_statement.pdf");
        assertThat(uploaded.getString("document_type_name")).isEqualTo("Financial Statement");
        assertThat(uploaded.getString("classification")).isEqualTo("tenant_private");
        assertThat(uploaded.getString("uploaded_by_email")).isEqualTo(t.email());
        String id = uploaded.getString("id");

        JsonObject list = json(curl("""
                curl https://api.kycgenie.com/api/v2/documents/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """, t.apiKey(), dir));
        assertThat(list.keySet()).containsExactly("has_more", "next_cursor", "prev_cursor", "results");
        assertThat(list.getBoolean("has_more")).isFalse();
        assertThat(list.get("next_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(list.get("prev_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(list.getJsonArray("results")).containsExactly(uploaded);

        JsonObject got = json(curl("""
                curl https://api.kycgenie.com/api/v2/documents/550e8400-e29b-41d4-a716-446655440000/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_DOCUMENT, id), t.apiKey(), dir));
        assertThat(got).isEqualTo(uploaded);

        JsonObject link = json(curl("""
                curl https://api.kycgenie.com/api/v2/documents/550e8400-e29b-41d4-a716-446655440000/download/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_DOCUMENT, id), t.apiKey(), dir));
        assertThat(link.keySet()).containsExactly("download_url", "expires_at", "filename", "content_type", "size");
        curl("curl -f -o downloaded.pdf '" + link.getString("download_url") + "'\n", t.apiKey(), dir);
        assertThat(Files.readAllBytes(dir.resolve("downloaded.pdf"))).isEqualTo(TestFiles.pdf("financial"));

        String deleted = curl("""
                curl -o /dev/null -w '%{http_code}' -X DELETE https://api.kycgenie.com/api/v2/documents/550e8400-e29b-41d4-a716-446655440000/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_DOCUMENT, id), t.apiKey(), dir);
        assertThat(deleted.strip()).isEqualTo("204");
    }

    @Test
    default void givenReferenceV2EntityDocumentCurlExamples_whenRunAsWritten_thenTheyWork() throws Exception {
        var t = api().newTenant();
        Path dir = scratch();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");

        JsonObject uploaded = json(curl("""
                # v2: POST directly to /documents/ (no /upload/ suffix)
                curl -X POST https://api.kycgenie.com/api/v2/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/ \\
                -H "Authorization: Bearer YOUR_API_KEY" \\
                -F "file=@bank_statement.pdf" \\
                -F "document_type=Bank Statement"
                """.replace(EXAMPLE_ENTITY, entity), t.apiKey(), dir));
        assertThat(uploaded.getString("name")).isEqualTo("bank_statement.pdf");
        assertThat(uploaded.getString("document_type_name")).isEqualTo("Bank Statement");
        assertThat(uploaded.getString("classification")).isEqualTo("entity_private");
        String id = uploaded.getString("id");

        JsonObject list = json(curl("""
                curl https://api.kycgenie.com/api/v2/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_ENTITY, entity), t.apiKey(), dir));
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getString("entity_id")).isEqualTo(entity);
        assertThat(list.getString("entity_name")).isEqualTo("Acme Corp Ltd");
        assertThat(list.getJsonArray("results")).containsExactly(uploaded);

        JsonObject link =
                json(curl("""
                curl https://api.kycgenie.com/api/v2/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/550e8400-e29b-41d4-a716-446655440000/download/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_ENTITY, entity).replace(EXAMPLE_DOCUMENT, id), t.apiKey(), dir));
        assertThat(link.getString("filename")).isEqualTo("bank_statement.pdf");
        assertThat(link.getString("content_type")).isEqualTo("application/pdf");
        curl("curl -f -o downloaded.pdf '" + link.getString("download_url") + "'\n", t.apiKey(), dir);
        assertThat(Files.readAllBytes(dir.resolve("downloaded.pdf"))).isEqualTo(TestFiles.pdf("bank"));

        String deleted = curl("""
                curl -o /dev/null -w '%{http_code}' -X DELETE https://api.kycgenie.com/api/v2/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/550e8400-e29b-41d4-a716-446655440000/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_ENTITY, entity).replace(EXAMPLE_DOCUMENT, id), t.apiKey(), dir);
        assertThat(deleted.strip()).isEqualTo("204");
        assertThat(json(curl("""
                curl https://api.kycgenie.com/api/v2/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """.replace(EXAMPLE_ENTITY, entity), t.apiKey(), dir))
                        .getInt("count"))
                .isZero();
    }

    /**
     * The v2 entity upload's JavaScript example as written, inside a wrapper that stands in for the
     * browser's file input; run when a Node.js with fetch and File is on the machine (skipped otherwise).
     */
    @Test
    default void givenReferenceV2FetchExamples_whenNodeIsThere_thenTheyWorkToo() throws Exception {
        if (!nodeWithFetch()) {
            org.junit.jupiter.api.Assumptions.abort("no Node.js 18+ on this machine");
        }
        var t = api().newTenant();
        Path dir = scratch();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String script = """
                const fs = require('fs');
                const fileInput = { files: [new File([fs.readFileSync('bank_statement.pdf')], 'bank_statement.pdf',
                    { type: 'application/pdf' })] };
                (async () => {
                const entityId = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';
                const formData = new FormData();
                formData.append('file', fileInput.files[0]);
                formData.append('document_type', 'Bank Statement');
                // v2: POST to /documents/ directly (no /upload/ suffix)
                const resp = await fetch(
                `https://api.kycgenie.com/api/v2/entities/${entityId}/documents/`,
                {
                method: 'POST',
                headers: { 'Authorization': 'Bearer YOUR_API_KEY' },
                body: formData,
                }
                );
                console.log(JSON.stringify(await resp.json()));
                })();
                """.replace(EXAMPLE_ENTITY, entity)
                .replace(REFERENCE_BASE, api().baseUrl())
                .replace("YOUR_API_KEY", t.apiKey());
        Path file = dir.resolve("example.js");
        Files.writeString(file, script);
        Process p = new ProcessBuilder("node", file.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(json(out).getString("classification")).isEqualTo("entity_private");
        assertThat(json(out).getString("name")).isEqualTo("bank_statement.pdf");
    }

    private static boolean nodeWithFetch() {
        try {
            Process p = new ProcessBuilder(
                            "node",
                            "-e",
                            "process.exit(typeof fetch === 'function' && typeof File === 'function' ? 0 : 1)")
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
