package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Library reference's browser JavaScript, as written (only the base URL, the key, the ids and the chosen file
 * differ), run by a real headless Chromium from a page on another origin: from the origin the server allows
 * (DOSSIER_CORS_ALLOWED_ORIGINS) every example works; from any other the browser refuses them, and nothing is
 * written. One browser for the suite's class, opened by the first of these tests.
 */
interface BrowserApiTests extends ApiTest {
    String REFERENCE_BASE = "https://api.kycgenie.com";
    String REFERENCE_DOCUMENT = "550e8400-e29b-41d4-a716-446655440000";
    String REFERENCE_ENTITY = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";
    AtomicReference<Browser> BROWSER = new AtomicReference<>();

    String V1_UPLOAD = """
            const formData = new FormData();
            formData.append('file', fileInput.files[0]);
            formData.append('document_type', 'Financial Statement');
            const resp = await fetch('https://api.kycgenie.com/api/v1/documents/upload/', {
            method: 'POST',
            headers: { 'Authorization': 'Bearer YOUR_API_KEY' },
            body: formData,
            });
            console.log(await resp.json());
            """;
    String V2_UPLOAD = V1_UPLOAD.replace("/api/v1/", "/api/v2/");
    String V2_ENTITY_UPLOAD = """
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
            console.log(await resp.json());
            """;
    String V1_LIST = """
            const resp = await fetch('https://api.kycgenie.com/api/v1/documents/', {
            headers: { 'Authorization': 'Bearer YOUR_API_KEY' },
            });
            console.log(await resp.json());
            """;
    String V2_LIST = V1_LIST.replace("/api/v1/", "/api/v2/");
    String V1_GET = """
            const resp = await fetch(
            'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/',
            { headers: { 'Authorization': 'Bearer YOUR_API_KEY' } }
            );
            console.log(await resp.json());
            """;
    String V2_GET = V1_GET.replace("/api/v1/", "/api/v2/");
    String V1_DOWNLOAD = """
            const resp = await fetch(
            'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/download/',
            { headers: { 'Authorization': 'Bearer YOUR_API_KEY' } }
            );
            const { download_url } = await resp.json();
            // Fetch download_url directly to stream the file
            """;
    String V2_DOWNLOAD = V1_DOWNLOAD.replace("/api/v1/", "/api/v2/");
    /** Not the reference's: what its comment says to do next, reporting what the script can read of the answer. */
    String FETCH_DOWNLOAD_URL = """
            const file = await fetch(download_url);
            const bytes = await file.arrayBuffer();
            const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
              .map(b => b.toString(16).padStart(2, '0')).join('');
            console.log({status: file.status, disposition: file.headers.get('Content-Disposition'),
              size: bytes.byteLength, sha256: sha256});
            """;

    String V1_DELETE = """
            await fetch(
            'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/',
            { method: 'DELETE', headers: { 'Authorization': 'Bearer YOUR_API_KEY' } }
            );
            // 204 No Content on success
            """;
    String V2_DELETE = V1_DELETE.replace("/api/v1/", "/api/v2/");

    /** Closes the class's browser. */
    @AfterAll
    static void closeBrowser() {
        Browser browser = BROWSER.getAndSet(null);
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        synchronized (BROWSER) {
            if (BROWSER.get() == null) {
                BROWSER.set(Browser.open());
            }
            return BROWSER.get();
        }
    }

    /** An example with the reference's base URL, key and ids replaced. */
    private String example(String code, String key, String document, String entity) {
        return code.replace(REFERENCE_BASE, api().baseUrl())
                .replace("YOUR_API_KEY", key)
                .replace(REFERENCE_DOCUMENT, document == null ? REFERENCE_DOCUMENT : document)
                .replace(REFERENCE_ENTITY, entity == null ? REFERENCE_ENTITY : entity);
    }

    /** What a run logged, one value per console.log call; fails with what the page reported if it threw. */
    private static List<JsonValue> logged(JsonObject run) {
        assertThat(run.get("error")).as(run.toString()).isEqualTo(JsonValue.NULL);
        return Browser.firstValues(run.getJsonArray("logged"));
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "browser-files");
        return Files.write(dir.resolve(name), content);
    }

    @Test
    default void givenAllowedOrigin_whenTheReferenceFetchExamplesRun_thenEachWorksInTheBrowser() throws Exception {
        var t = api().newTenant();
        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        byte[] pdf = TestFiles.pdf("browser " + UUID.randomUUID());
        Browser page = browser().load(browser().allowedOrigin()).choose(file("financial_statement.pdf", pdf));

        JsonObject v1 = logged(page.run(example(V1_UPLOAD, t.apiKey(), null, null)))
                .get(0)
                .asJsonObject();
        JsonObject v2 = logged(page.run(example(V2_UPLOAD, t.apiKey(), null, null)))
                .get(0)
                .asJsonObject();
        JsonObject ofEntity = logged(page.run(example(V2_ENTITY_UPLOAD, t.apiKey(), null, entity)))
                .get(0)
                .asJsonObject();
        assertThat(v1.getString("name")).isEqualTo("financial_statement.pdf");
        assertThat(v1.getString("classification")).isEqualTo("tenant_private");
        assertThat(v1.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
        assertThat(v2.getString("document_type_name")).isEqualTo("Financial Statement");
        assertThat(ofEntity.getString("classification")).isEqualTo("entity_private");

        JsonObject listV1 = logged(page.run(example(V1_LIST, t.apiKey(), null, null)))
                .get(0)
                .asJsonObject();
        JsonObject listV2 = logged(page.run(example(V2_LIST, t.apiKey(), null, null)))
                .get(0)
                .asJsonObject();
        assertThat(listV1.getInt("count")).isEqualTo(2);
        assertThat(listV2.getJsonArray("results")).hasSize(2);

        String id = v1.getString("id");
        assertThat(logged(page.run(example(V1_GET, t.apiKey(), id, null))).get(0))
                .isEqualTo(v1);
        assertThat(logged(page.run(example(V2_GET, t.apiKey(), v2.getString("id"), null)))
                        .get(0))
                .isEqualTo(v2);

        for (String download : List.of(V1_DOWNLOAD, V2_DOWNLOAD)) {
            JsonObject fetched = logged(page.run(example(download, t.apiKey(), id, null) + FETCH_DOWNLOAD_URL))
                    .get(0)
                    .asJsonObject();
            assertThat(fetched.getInt("status")).isEqualTo(200);
            assertThat(fetched.getString("disposition"))
                    .startsWith("attachment")
                    .contains("financial_statement.pdf");
            assertThat(fetched.getInt("size")).isEqualTo(pdf.length);
            assertThat(fetched.getString("sha256"))
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        }
        page.screenshot("browser-reference-examples");

        assertThat(logged(page.run(example(V1_DELETE, t.apiKey(), id, null)))).isEmpty();
        assertThat(logged(page.run(example(V2_DELETE, t.apiKey(), v2.getString("id"), null))))
                .isEmpty();
        assertThat(api().get("/api/v1/documents/" + id + "/", t.apiKey()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
    }

    @Test
    default void givenAllowedOrigin_whenTheServerRefusesOrReplays_thenTheScriptReadsWhy() {
        var t = api().newTenant();
        Browser page = browser().load(browser().allowedOrigin());

        List<JsonValue> answers = logged(page.run(example("""
                for (const [path, key] of [['/api/v1/documents/', 'YOUR_API_KEY'], ['/api/v1/documents/', 'nope'],
                    ['/api/v1/nothing-here/', 'YOUR_API_KEY']]) {
                  const resp = await fetch('https://api.kycgenie.com' + path, {
                    headers: { 'Authorization': 'Bearer ' + key } });
                  console.log({status: resp.status, body: await resp.json(),
                    authenticate: resp.headers.get('WWW-Authenticate')});
                }
                for (let i = 0; i < 2; i++) {
                  const resp = await fetch('https://api.kycgenie.com/api/v1/entities/', {
                    method: 'POST',
                    headers: { 'Authorization': 'Bearer YOUR_API_KEY', 'Content-Type': 'application/json',
                      'Idempotency-Key': 'browser-idempotency-key' },
                    body: JSON.stringify({ name: 'Acme Corp Ltd', entity_type: 'company' }) });
                  console.log({status: resp.status, replayed: resp.headers.get('Idempotent-Replayed')});
                }
                """, t.apiKey(), null, null)));

        assertThat(answers.get(0).asJsonObject().getInt("status")).isEqualTo(200);
        assertThat(answers.get(1).toString())
                .isEqualTo("{\"status\":401,\"body\":{\"detail\":\"Invalid API key.\"},\"authenticate\":\"Bearer\"}");
        assertThat(answers.get(2).asJsonObject().getInt("status")).isEqualTo(404);
        assertThat(answers.get(2).asJsonObject().getJsonObject("body").getString("detail"))
                .isEqualTo("Not found.");
        assertThat(answers.get(3).toString()).isEqualTo("{\"status\":201,\"replayed\":null}");
        assertThat(answers.get(4).toString()).isEqualTo("{\"status\":201,\"replayed\":\"true\"}");
    }

    @Test
    default void givenAnotherOrigin_whenTheReferenceFetchExamplesRun_thenTheBrowserRefusesThem_andNothingIsWritten()
            throws Exception {
        var t = api().newTenant();
        String existing = api().uploadTenantDocument(
                        t.apiKey(), "financial_statement.pdf", TestFiles.pdf("kept"), "Financial Statement")
                .json()
                .getString("id");
        Browser page = browser()
                .load(browser().otherOrigin())
                .choose(file("financial_statement.pdf", TestFiles.pdf("refused")));

        for (String code : List.of(V1_UPLOAD, V2_UPLOAD, V1_LIST, V1_GET, V1_DELETE)) {
            JsonObject run = page.run(example(code, t.apiKey(), existing, null));

            assertThat(run.getString("error")).as(code).isEqualTo("TypeError: Failed to fetch");
            assertThat(run.getJsonArray("logged")).isEmpty();
        }
        JsonObject list = api().get("/api/v1/documents/", t.apiKey()).json();
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getJsonArray("documents").getJsonObject(0).getString("id"))
                .isEqualTo(existing);
    }
}
