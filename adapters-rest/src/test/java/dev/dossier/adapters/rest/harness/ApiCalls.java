package dev.dossier.adapters.rest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP calls to the in-process server, as a client sends them (java.net.http, HTTP/1.1), and the few requests most
 * tests start from: a tenant with a key, an entity, an uploaded document.
 */
public abstract class ApiCalls {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private URI baseUri;

    void baseUri(URI baseUri) {
        String s = baseUri.toString();
        this.baseUri = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /** A tenant with one key. */
    public record TenantKey(String tenantId, String apiKey, String email) {}

    /** Sends a request; {@code headers} are name, value pairs. */
    public Resp send(String method, String path, String bearer, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUri + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
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

    public Resp postJson(String path, String bearer, String json, String... headers) {
        return send("POST", path, bearer, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A multipart/form-data POST. */
    public Resp post(String path, String bearer, Multipart form, String... headers) {
        return send("POST", path, bearer, form.contentType(), form.body(), headers);
    }

    /** A fresh tenant, through the admin API, with one key of the given scopes (default: documents). */
    public TenantKey newTenant(String... scopes) {
        String tenantId = Resp.check(
                        postJson(
                                "/api/admin/tenants",
                                RestHarness.ADMIN_TOKEN,
                                "{\"name\": \"Tenant " + UUID.randomUUID() + "\"}"),
                        201)
                .json()
                .getString("id");
        String email = "api.user+" + tenantId.substring(0, 8) + "@example.com";
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < scopes.length; i++) {
            list.append(i == 0 ? "" : ",").append('"').append(scopes[i]).append('"');
        }
        String body =
                "{\"email\": \"" + email + "\"" + (scopes.length == 0 ? "" : ", \"scopes\": " + list.append(']')) + "}";
        String key = Resp.check(
                        postJson("/api/admin/tenants/" + tenantId + "/api-keys", RestHarness.ADMIN_TOKEN, body), 201)
                .json()
                .getString("api_key");
        return new TenantKey(tenantId, key, email);
    }

    /** A company entity of the key's tenant, through Library v1; its id. */
    public String newEntity(String bearer, String name) {
        return Resp.check(
                        postJson(
                                "/api/v1/entities/",
                                bearer,
                                "{\"name\": \"" + name + "\", \"entity_type\": \"company\"}"),
                        201)
                .json()
                .getString("id");
    }

    /** A tenant-library document uploaded through Library v1; its id. */
    public String newTenantDocument(String bearer, String fileName, byte[] content, String documentType) {
        return Resp.check(
                        post(
                                "/api/v1/documents/upload/",
                                bearer,
                                Multipart.form()
                                        .field("document_type", documentType)
                                        .file("file", fileName, content)),
                        201)
                .json()
                .getString("id");
    }

    /** An entity document uploaded through Library v1, with extra form fields; its id. */
    public String newEntityDocument(
            String bearer, String entityId, String fileName, byte[] content, Map<String, String> fields) {
        Multipart form = Multipart.form();
        new LinkedHashMap<>(fields).forEach(form::field);
        return Resp.check(
                        post(
                                "/api/v1/entities/" + entityId + "/documents/upload/",
                                bearer,
                                form.file("file", fileName, content)),
                        201)
                .json()
                .getString("id");
    }
}
