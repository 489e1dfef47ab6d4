package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.IssueApiKeyCommand;
import dev.dossier.application.port.in.tenant.IssueApiKeyUseCase;
import dev.dossier.application.port.in.tenant.IssuedApiKey;
import dev.dossier.application.port.in.tenant.ListApiKeysUseCase;
import dev.dossier.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.dossier.domain.tenant.ApiKey;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API: a tenant's API keys: issue (optionally expiring), list without secrets, revoke. */
@Path("/api/admin/tenants/{tenantId}/api-keys")
@ApplicationScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminApiKeyResource {
    static final String EXPIRES_AT = "expires_at";

    @Inject
    IssueApiKeyUseCase issueApiKey;

    @Inject
    ListApiKeysUseCase listApiKeys;

    @Inject
    RevokeApiKeyUseCase revokeApiKey;

    /** JSON of a newly issued key; {@code api_key} appears only here, once. */
    @JsonbPropertyOrder({"id", "apiKey", "email", "scopes", "createdAt", "expiresAt"})
    public record IssuedApiKeyJson(
            String id, String apiKey, String email, List<String> scopes, String createdAt, String expiresAt) {
        static IssuedApiKeyJson from(IssuedApiKey issued) {
            ApiKey k = issued.key();
            return new IssuedApiKeyJson(
                    k.id().toString(),
                    issued.secret(),
                    k.email(),
                    scopeNames(k),
                    Timestamps.utc(k.createdAt()),
                    Timestamps.utc(k.expiresAt()));
        }
    }

    /** JSON of a key in the list: never its secret, nor the hash of it. */
    @JsonbPropertyOrder({"id", "email", "scopes", "createdAt", "expiresAt", "revokedAt", "lastUsedAt"})
    public record ApiKeyJson(
            String id,
            String email,
            List<String> scopes,
            String createdAt,
            String expiresAt,
            String revokedAt,
            String lastUsedAt) {
        static ApiKeyJson from(ApiKey k) {
            return new ApiKeyJson(
                    k.id().toString(),
                    k.email(),
                    scopeNames(k),
                    Timestamps.utc(k.createdAt()),
                    Timestamps.utc(k.expiresAt()),
                    Timestamps.utc(k.revokedAt()),
                    Timestamps.utc(k.lastUsedAt()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue an API key",
            description = "Body: {\"email\", \"scopes\": [documents|review|confidential|legal_hold|webhooks], "
                    + "\"expires_at\": ISO-8601 instant with offset (optional; must be in the future)}. "
                    + "The key is shown once.")
    public Response issue(@PathParam("tenantId") String tenantId, JsonRequest request) {
        String body = JsonRequest.textOf(request);
        TenantId id = AdminTenantResource.parseTenantId(tenantId);
        JsonBody json = JsonBody.parse(body, Set.of("email", "scopes", EXPIRES_AT));
        String email = json.string("email");
        List<String> scopeNames = json.stringList("scopes");
        String expiresText = json.string(EXPIRES_AT);
        FieldErrors errors = json.errors();
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (scopeNames != null) {
            for (String s : scopeNames) {
                Scope.fromWireName(s)
                        .ifPresentOrElse(
                                scopes::add,
                                () -> errors.add(
                                        "scopes",
                                        "\"" + s + "\" is not a valid choice. Allowed: " + Scope.allowedWireNames()
                                                + "."));
            }
        }
        Instant expiresAt = parseInstant(expiresText, errors);
        errors.throwIfAny();
        IssuedApiKey issued = issueApiKey.issue(new IssueApiKeyCommand(id, email, scopes, expiresAt));
        return Response.status(201).entity(IssuedApiKeyJson.from(issued)).build();
    }

    @GET
    @Operation(
            summary = "List a tenant's API keys",
            description = "Every key, revoked and expired ones included, newest first: id, email, scopes, "
                    + "created_at, expires_at, revoked_at, last_used_at (to the minute). Never the secret.")
    public List<ApiKeyJson> list(@PathParam("tenantId") String tenantId) {
        return listApiKeys.list(AdminTenantResource.parseTenantId(tenantId)).stream()
                .map(ApiKeyJson::from)
                .toList();
    }

    @DELETE
    @Path("{keyId}")
    @Operation(
            summary = "Revoke an API key",
            description =
                    "204; from then on the key answers 401, on other instances within 5 s. Revoking a revoked key "
                            + "again is a 204 that keeps the first revoked_at; a key of another tenant is a 404.")
    public Response revoke(@PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId) {
        TenantId tenant = AdminTenantResource.parseTenantId(tenantId);
        ApiKeyId key;
        try {
            key = ApiKeyId.parse(keyId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("API key");
        }
        revokeApiKey.revoke(tenant, key);
        return Response.noContent().build();
    }

    private static Instant parseInstant(String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(EXPIRES_AT, "Enter a valid date-time with an offset, e.g. 2030-01-31T12:00:00Z.");
            return null;
        }
    }

    private static List<String> scopeNames(ApiKey k) {
        return k.scopes().isEmpty()
                ? List.of()
                : EnumSet.copyOf(k.scopes()).stream().map(Scope::wireName).toList();
    }
}
