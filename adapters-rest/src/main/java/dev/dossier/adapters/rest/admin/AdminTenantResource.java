package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.tenant.CreateTenantCommand;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.in.tenant.IssueApiKeyCommand;
import dev.dossier.application.port.in.tenant.IssueApiKeyUseCase;
import dev.dossier.application.port.in.tenant.IssuedApiKey;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API: create tenants and issue their API keys. */
@Path("/api/admin/tenants")
@RequestScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminTenantResource {
    @Inject
    CreateTenantUseCase createTenant;

    @Inject
    IssueApiKeyUseCase issueApiKey;

    /** JSON of a tenant. */
    @JsonbPropertyOrder({"id", "name", "createdAt"})
    public record TenantJson(String id, String name, String createdAt) {
        static TenantJson from(Tenant t) {
            return new TenantJson(t.id().toString(), t.name(), Timestamps.utc(t.createdAt()));
        }
    }

    /** JSON of a newly issued key; {@code api_key} appears only here, once. */
    @JsonbPropertyOrder({"id", "apiKey", "email", "scopes", "createdAt"})
    public record ApiKeyJson(String id, String apiKey, String email, List<String> scopes, String createdAt) {
        static ApiKeyJson from(IssuedApiKey issued) {
            var k = issued.key();
            List<String> scopes =
                    EnumSet.copyOf(k.scopes()).stream().map(Scope::wireName).toList();
            return new ApiKeyJson(k.id().toString(), issued.secret(), k.email(), scopes, Timestamps.utc(k.createdAt()));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a tenant", description = "Body: {\"name\"}. Answers 201 with id, name, created_at.")
    public Response create(JsonRequest request) {
        String body = JsonRequest.textOf(request);
        JsonBody json = JsonBody.parse(body, Set.of("name"));
        String name = json.string("name");
        json.errors().throwIfAny();
        Tenant tenant = createTenant.create(new CreateTenantCommand(name));
        return Response.status(201).entity(TenantJson.from(tenant)).build();
    }

    @POST
    @Path("{tenantId}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Issue an API key",
            description = "Body: {\"email\", \"scopes\": [documents|review|confidential|legal_hold|webhooks]}."
                    + " The key is shown once.")
    public Response issueKey(@PathParam("tenantId") String tenantId, JsonRequest request) {
        String body = JsonRequest.textOf(request);
        TenantId id = parseTenantId(tenantId);
        JsonBody json = JsonBody.parse(body, Set.of("email", "scopes"));
        String email = json.string("email");
        List<String> scopeNames = json.stringList("scopes");
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
        errors.throwIfAny();
        IssuedApiKey issued = issueApiKey.issue(new IssueApiKeyCommand(id, email, scopes));
        return Response.status(201).entity(ApiKeyJson.from(issued)).build();
    }

    private static TenantId parseTenantId(String raw) {
        try {
            return TenantId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("tenant");
        }
    }
}
