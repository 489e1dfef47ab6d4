package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reference's cURL and Python examples, as written, with only the base URL and the key
 * substituted (the examples' file names are created in a scratch directory).
 */
interface ReferenceExampleApiTests extends ApiTest {
    String REFERENCE_BASE = "https://api.kycgenie.com";

    /** Runs a program with the reference placeholders replaced; returns its standard output. */
    private String run(List<String> command, String script, String apiKey, Path dir) throws Exception {
        Path file = dir.resolve(command.get(0).equals("bash") ? "example.sh" : "example.py");
        Files.writeString(file, script.replace(REFERENCE_BASE, api().baseUrl()).replace("YOUR_API_KEY", apiKey));
        List<String> full = new java.util.ArrayList<>(command);
        full.add(file.toString());
        Process p = new ProcessBuilder(full)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private Path scratch() throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("dossier.it.dir")), "examples");
        Files.write(dir.resolve("financial_statement.pdf"), TestFiles.pdf("financial"));
        Files.write(dir.resolve("bank_statement.pdf"), TestFiles.pdf("bank"));
        return dir;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.strip())).readObject();
    }

    /** A Python 3 that has requests (the machine's default python3 first). */
    private static String python() throws Exception {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import requests").start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next one
            }
        }
        throw new AssertionError("no python3 with the requests package (scripts/test.sh installs python3-requests)");
    }

    @Test
    default void givenReferenceCurlExamples_whenRunAsWritten_thenTheyWork() throws Exception {
        var t = api().newTenant();
        Path dir = scratch();
        JsonObject uploaded = json(run(List.of("bash"), """
                curl -s -X POST https://api.kycgenie.com/api/v1/documents/upload/ \\
                -H "Authorization: Bearer YOUR_API_KEY" \\
                -F "file=@financial_statement.pdf" \\
                -F "document_type=Financial Statement"
                """, t.apiKey(), dir));
        assertThat(uploaded.getString("name")).isEqualTo("financial_statement.pdf");
        assertThat(uploaded.getString("document_type_name")).isEqualTo("Financial Statement");
        String id = uploaded.getString("id");

        JsonObject list = json(run(List.of("bash"), """
                curl -s https://api.kycgenie.com/api/v1/documents/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """, t.apiKey(), dir));
        assertThat(list.getInt("count")).isEqualTo(1);

        JsonObject got =
                json(run(List.of("bash"), ("""
                curl -s https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir));
        assertThat(got).isEqualTo(uploaded);

        JsonObject link =
                json(run(List.of("bash"), ("""
                curl -s https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/download/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir));
        run(
                List.of("bash"),
                "curl -s -f -o downloaded.pdf '" + link.getString("download_url") + "'\n",
                t.apiKey(),
                dir);
        assertThat(Files.readAllBytes(dir.resolve("downloaded.pdf"))).isEqualTo(TestFiles.pdf("financial"));

        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        JsonObject entityDoc = json(
                run(List.of("bash"), ("""
                curl -s -X POST https://api.kycgenie.com/api/v1/entities/a1b2c3d4-e5f6-7890-abcd-ef1234567890/documents/upload/ \\
                -H "Authorization: Bearer YOUR_API_KEY" \\
                -F "file=@bank_statement.pdf" \\
                -F "document_type=Bank Statement"
                """).replace("a1b2c3d4-e5f6-7890-abcd-ef1234567890", entity), t.apiKey(), dir));
        assertThat(entityDoc.getString("classification")).isEqualTo("entity_private");

        String status =
                run(List.of("bash"), ("""
                curl -s -o /dev/null -w '%{http_code}' -X DELETE https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/ \\
                -H "Authorization: Bearer YOUR_API_KEY"
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir);
        assertThat(status.strip()).isEqualTo("204");
    }

    @Test
    default void givenReferencePythonExamples_whenRunAsWritten_thenTheyWork() throws Exception {
        var t = api().newTenant();
        Path dir = scratch();
        String python = python();
        String uploaded = run(List.of(python), """
                import requests
                with open('financial_statement.pdf', 'rb') as f:
                    resp = requests.post(
                        'https://api.kycgenie.com/api/v1/documents/upload/',
                        headers={'Authorization': 'Bearer YOUR_API_KEY'},
                        files={'file': ('financial_statement.pdf', f, 'application/pdf')},
                        data={'document_type': 'Financial Statement'},
                    )
                print(resp.json())
                """, t.apiKey(), dir);
        assertThat(uploaded)
                .contains(
                        "'name': 'financial_statement.pdf'",
                        "'document_type_name': 'Financial Statement'",
                        "'classification': 'tenant_private'",
                        "'expiry_date': None");
        String id = api().get("/api/v1/documents/", t.apiKey())
                .json()
                .getJsonArray("documents")
                .getJsonObject(0)
                .getString("id");

        String got = run(List.of(python), ("""
                import requests
                resp = requests.get(
                    'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/',
                    headers={'Authorization': 'Bearer YOUR_API_KEY'},
                )
                print(resp.json())
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir);
        assertThat(got).contains("'id': '" + id + "'");

        String downloaded =
                run(List.of(python), ("""
                import requests
                resp = requests.get(
                    'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/download/',
                    headers={'Authorization': 'Bearer YOUR_API_KEY'},
                )
                url = resp.json()['download_url']
                # Fetch url directly to stream the file bytes
                print(requests.get(url).content == open('financial_statement.pdf', 'rb').read())
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir);
        assertThat(downloaded.strip()).isEqualTo("True");

        String entity = api().createEntity(t.apiKey(), "Acme Corp Ltd", "company");
        String entityUpload =
                run(List.of(python), ("""
                import requests
                entity_id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890'
                with open('bank_statement.pdf', 'rb') as f:
                    resp = requests.post(
                        f'https://api.kycgenie.com/api/v1/entities/{entity_id}/documents/upload/',
                        headers={'Authorization': 'Bearer YOUR_API_KEY'},
                        files={'file': ('bank_statement.pdf', f, 'application/pdf')},
                        data={'document_type': 'Bank Statement'},
                    )
                print(resp.json())
                """).replace("a1b2c3d4-e5f6-7890-abcd-ef1234567890", entity), t.apiKey(), dir);
        assertThat(entityUpload).contains("'classification': 'entity_private'", "'name': 'bank_statement.pdf'");

        String deleted =
                run(List.of(python), ("""
                import requests
                resp = requests.delete(
                    'https://api.kycgenie.com/api/v1/documents/550e8400-e29b-41d4-a716-446655440000/',
                    headers={'Authorization': 'Bearer YOUR_API_KEY'},
                )
                # 204 No Content on success
                print(resp.status_code)
                """).replace("550e8400-e29b-41d4-a716-446655440000", id), t.apiKey(), dir);
        assertThat(deleted.strip()).isEqualTo("204");
    }
}
