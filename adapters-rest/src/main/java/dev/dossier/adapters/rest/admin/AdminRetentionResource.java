package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.retention.RetentionPolicyUseCase;
import dev.dossier.domain.retention.RetentionPolicy;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API: how long a tenant keeps its documents. */
@Path("/api/admin/tenants/{tenantId}/retention")
@ApplicationScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminRetentionResource {
    private static final String FIELD = "documents_days";

    @Inject
    RetentionPolicyUseCase retention;

    /** A tenant's retention policy; {@code documents_days} null keeps documents forever. */
    public record RetentionJson(Integer documentsDays) {
        static RetentionJson from(RetentionPolicy policy) {
            return new RetentionJson(policy.documentsDays());
        }
    }

    @GET
    @Operation(summary = "A tenant's retention", description = "{\"documents_days\": N or null (kept forever)}.")
    public RetentionJson get(@PathParam("tenantId") String tenantId) {
        return RetentionJson.from(retention.get(parse(tenantId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a tenant's retention",
            description = "Body {\"documents_days\": N (1 to 36500) or null}. A background job deletes documents"
                    + " older than N days (by created_at) unless under legal hold.")
    public RetentionJson set(@PathParam("tenantId") String tenantId, JsonRequest request) {
        TenantId tenant = parse(tenantId);
        JsonBody json = JsonBody.parse(JsonRequest.textOf(request), Set.of(FIELD));
        String days = json.integerText(FIELD);
        json.errors().throwIfAny();
        if (!json.has(FIELD)) {
            throw ValidationException.of(FIELD, "This field is required.");
        }
        return RetentionJson.from(retention.set(tenant, RetentionPolicy.parse(days)));
    }

    private static TenantId parse(String raw) {
        try {
            return TenantId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("tenant");
        }
    }
}
