package dev.dossier.bench;

import static dev.dossier.bench.Log.log;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Dossier's HTTP API as the bench calls it: as its tenant with the tenant's API key, on one server.
 * Responses are read with Jakarta JSON Processing (Parsson).
 */
final class DossierApi {
    /** The tenant the bench works as: its id, an API key with every scope it needs, and one entity. */
    record Tenant(String id, String apiKey, String entityId) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    /** Looked up once: {@code Json.createReader} would look the provider up on every response. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private final String base;
    private final Tenant tenant;

    DossierApi(String base, Tenant tenant) {
        this.base = base;
        this.tenant = tenant;
    }

    /** Creates a tenant, an API key of it and an entity on the server at {@code base}, as its admin. */
    static Tenant createTenant(String base, String adminToken) throws IOException, InterruptedException {
        String t = send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/tenants"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bench Bank\"}")),
                201);
        String tenantId = field(t, "id");
        String k = send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/tenants/" + tenantId + "/api-keys"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"bench@example.com\", \"scopes\": [\"documents\", \"review\"]}")),
                201);
        String apiKey = field(k, "api_key");
        // the entity is created with the key, as a client of the tenant would
        DossierApi api = new DossierApi(base, new Tenant(tenantId, apiKey, null));
        String e = send(
                api.authed("/api/v1/entities/")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\": \"Bench Corp\", \"entity_type\": \"company\"}")),
                201);
        Tenant tenant = new Tenant(tenantId, apiKey, field(e, "id"));
        log("tenant " + tenant.id() + ", entity " + tenant.entityId());
        return tenant;
    }

    /** Creates an entity of the tenant with its key and returns its id. */
    String createEntity(String name) throws IOException, InterruptedException {
        String e = send(
                authed("/api/v1/entities/")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"name\": \"" + name + "\", \"entity_type\": \"company\"}")),
                201);
        return field(e, "id");
    }

    /** A new API key of the tenant with {@code scopes} (a JSON array), made with the admin token. */
    String createKey(String adminToken, String scopes) throws IOException, InterruptedException {
        String k = send(
                HttpRequest.newBuilder(URI.create(base + "/api/admin/tenants/" + tenant.id() + "/api-keys"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"bench@example.com\", \"scopes\": " + scopes + "}")),
                201);
        return field(k, "api_key");
    }

    /** This API on another instance of the same deployment, as the same tenant. */
    DossierApi on(String otherBase) {
        return new DossierApi(otherBase, tenant);
    }

    String base() {
        return base;
    }

    Tenant tenant() {
        return tenant;
    }

    /** A request to {@code path} with the tenant's API key. */
    HttpRequest.Builder authed(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + tenant.apiKey())
                .timeout(Duration.ofSeconds(120));
    }

    /** The body of a GET of {@code path} with the tenant's API key, which must answer 200. */
    String get(String path) throws IOException, InterruptedException {
        return send(authed(path).GET(), 200);
    }

    /** The body of the response to {@code req}, which must have status {@code expected}. */
    static String send(HttpRequest.Builder req, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            String b = r.body();
            throw new IllegalStateException(r.request().method() + " "
                    + r.request().uri() + ": " + r.statusCode() + " " + (b.length() > 300 ? b.substring(0, 300) : b));
        }
        return r.body();
    }

    /** Where {@link #upload} sends a document to: Dossier's upload endpoint. */
    URI uploadUri() {
        return URI.create(base + "/api/v1/documents/upload/");
    }

    /**
     * The bench's upload of {@code payload} to {@code uri}, as curl, Python's requests and browsers
     * send a form (with a Content-Length); without its document type Dossier reads the whole body,
     * then answers 400.
     */
    RawHttp.Response upload(URI uri, boolean withDocumentType, byte[] payload) throws IOException {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        String typeField = withDocumentType
                ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document_type\"\r\n\r\nBench\r\n"
                : "";
        byte[] head = (typeField
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return RawHttp.send(
                "POST",
                uri,
                Map.of(
                        "Authorization", "Bearer " + tenant.apiKey(),
                        "Content-Type", "multipart/form-data; boundary=" + boundary),
                List.of(head, payload, tail),
                true);
    }

    /** The body of {@code r}, which must have status {@code expected}. */
    static String expect(RawHttp.Response r, int expected) {
        if (r.status() != expected) {
            String b = r.body() == null ? "" : r.body();
            throw new IllegalStateException("expected " + expected + ", got " + r.status() + " "
                    + (b.length() > 300 ? b.substring(0, 300) : b));
        }
        return r.body();
    }

    /** A response body that is a JSON object. */
    static JsonObject json(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new IllegalStateException("not a JSON object: " + body, notAnObject);
        }
    }

    /** The string member {@code name} of a response body that is a JSON object. */
    static String field(String body, String name) {
        JsonValue v = json(body).get(name);
        if (!(v instanceof JsonString s)) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return s.getString();
    }
}
