package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.tenant.CreateTenantCommand;
import dev.dossier.application.port.in.tenant.CreateTenantUseCase;
import dev.dossier.application.port.in.tenant.GetTenantUseCase;
import dev.dossier.application.port.in.tenant.ListTenantsUseCase;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API: create, list and read tenants (their keys: {@link AdminApiKeyResource}). */
@Path("/api/admin/tenants")
@ApplicationScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminTenantResource {
    @Inject
    CreateTenantUseCase createTenant;

    @Inject
    ListTenantsUseCase listTenants;

    @Inject
    GetTenantUseCase getTenant;

    /** JSON of a tenant. */
    @JsonbPropertyOrder({"id", "name", "createdAt"})
    public record TenantJson(String id, String name, String createdAt) {
        static TenantJson from(Tenant t) {
            return new TenantJson(t.id().toString(), t.name(), Timestamps.utc(t.createdAt()));
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

    @GET
    @Operation(
            summary = "List tenants",
            description = "Every tenant: id, name, created_at, newest first. "
                    + "Cursor-paginated: after, before, page_size (default 50, max 100).")
    public CursorPageJson<TenantJson> list(
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        return CursorPageJson.from(listTenants.list(PageRequest.parse(after, before, pageSize)), TenantJson::from);
    }

    @GET
    @Path("{tenantId}")
    @Operation(summary = "Get a tenant", description = "id, name, created_at; 404 for an unknown or malformed id.")
    public TenantJson get(@PathParam("tenantId") String tenantId) {
        return TenantJson.from(getTenant.get(parseTenantId(tenantId)));
    }

    /** The tenant {@code raw} names; an id that is not one reads like an unknown tenant. */
    static TenantId parseTenantId(String raw) {
        try {
            return TenantId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("tenant");
        }
    }
}
