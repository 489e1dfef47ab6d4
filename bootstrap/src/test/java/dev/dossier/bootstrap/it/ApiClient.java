package dev.dossier.bootstrap.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client for the deployed WAR, as any API client would call it. Every request to the API and every
 * answer is checked against the served OpenAPI document ({@link OpenApiContract}).
 */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String baseUrl;
    private final String adminToken;
    private final boolean requestsChecked;
    private volatile OpenApiContract contract;

    public ApiClient(String baseUrl, String adminToken) {
        this(baseUrl, adminToken, true);
    }

    private ApiClient(String baseUrl, String adminToken, boolean requestsChecked) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.requestsChecked = requestsChecked;
    }

    /**
     * This client for requests a test makes invalid on purpose (bad JSON, a wrong content type, no key, an
     * unknown route): the answers are still checked against the document, the requests are not.
     */
    public ApiClient outsideContract() {
        ApiClient unchecked = new ApiClient(baseUrl, adminToken, false);
        unchecked.contract = contract();
        return unchecked;
    }

    private OpenApiContract contract() {
        OpenApiContract c = contract;
        if (c == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = OpenApiContract.served(exchange(
                            "GET",
                            URI.create(baseUrl + "/openapi"),
                            Map.of("Accept", List.of("application/json")),
                            null));
                }
                c = contract;
            }
        }
        return c;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String adminToken() {
        return adminToken;
    }

    /** A response with its body kept as bytes. */
    public record Resp(int status, Map<String, List<String>> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonValue jsonValue() {
            return Json.createReader(new StringReader(text())).readValue();
        }

        public JsonObject json() {
            return jsonValue().asJsonObject();
        }

        public JsonArray jsonArray() {
            return jsonValue().asJsonArray();
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().get(0))
                    .orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** A tenant with one key. */
    public record TenantKey(String tenantId, String apiKey, String email) {}

    /** Sends a request; {@code headers} are name, value pairs. */
    public Resp send(String method, String path, String bearer, String contentType, byte[] body, String... headers) {
        URI uri = URI.create(path.startsWith("http") ? path : baseUrl + path);
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        if (bearer != null) {
            requestHeaders.put("Authorization", List.of("Bearer " + bearer));
        }
        if (contentType != null) {
            requestHeaders.put("Content-Type", List.of(contentType));
        }
        for (int i = 0; i < headers.length; i += 2) {
            requestHeaders
                    .computeIfAbsent(headers[i], k -> new java.util.ArrayList<>())
                    .add(headers[i + 1]);
        }
        Resp response = exchange(method, uri, requestHeaders, body);
        if (uri.toString().startsWith(baseUrl + "/") && OpenApiContract.describes(uri.getRawPath())) {
            contract().check(method, uri, requestHeaders, body, response, requestsChecked);
        }
        return response;
    }

    private static Resp exchange(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
        headers.forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Resp(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Resp get(String path, String bearer) {
        return send("GET", path, bearer, null, null);
    }

    public Resp delete(String path, String bearer) {
        return send("DELETE", path, bearer, null, null);
    }

    public Resp postJson(String path, String bearer, String json) {
        return send("POST", path, bearer, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart upload: text fields then one file part named {@code file} (when fileName is not null). */
    public Resp upload(String path, String bearer, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----dossier" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> write(
                out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        if (fileName != null) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return send("POST", path, bearer, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    public Resp uploadTenantDocument(String bearer, String fileName, byte[] content, String documentType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document_type", documentType);
        return upload("/api/v1/documents/upload/", bearer, fields, fileName, content);
    }

    public JsonObject createTenant(String name) {
        Resp r = postJson("/api/admin/tenants", adminToken, "{\"name\": \"" + name + "\"}");
        check(r, 201);
        return r.json();
    }

    public String createKey(String tenantId, String email, String... scopes) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < scopes.length; i++) {
            s.append(i == 0 ? "" : ",").append('"').append(scopes[i]).append('"');
        }
        s.append(']');
        Resp r = postJson(
                "/api/admin/tenants/" + tenantId + "/api-keys",
                adminToken,
                "{\"email\": \"" + email + "\", \"scopes\": " + s + "}");
        check(r, 201);
        return r.json().getString("api_key");
    }

    /** A fresh tenant with a key of the given scopes (default: documents). */
    public TenantKey newTenant(String... scopes) {
        String tenantId = createTenant("Tenant " + UUID.randomUUID()).getString("id");
        String email = "api.user+" + tenantId.substring(0, 8) + "@example.com";
        return new TenantKey(tenantId, createKey(tenantId, email, scopes), email);
    }

    public String createEntity(String bearer, String name, String type) {
        Resp r = postJson(
                "/api/v1/entities/", bearer, "{\"name\": \"" + name + "\", \"entity_type\": \"" + type + "\"}");
        check(r, 201);
        return r.json().getString("id");
    }

    public static Resp check(Resp r, int expected) {
        if (r.status() != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + r);
        }
        return r;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
