package dev.dossier.adapters.rest.library.v2;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.library.EntityEndpoints;
import dev.dossier.adapters.rest.library.EntityJson;
import dev.dossier.adapters.rest.library.LibraryParams;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library v2: entities (companies and individuals) of the caller's tenant. */
@Path("/api/v2/entities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v2: entities")
@SecurityRequirement(name = "apiKey")
public class V2EntityResource {
    @Inject
    EntityEndpoints entities;

    @Inject
    GetEntityUseCase getEntity;

    @Inject
    ListEntitiesUseCase listEntities;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an entity",
            description =
                    "Body: {\"name\", \"entity_type\": \"company\"|\"individual\"}. " + IdempotentRequests.DESCRIPTION)
    public Response create(JsonRequest request) {
        return entities.create(Callers.of(security), JsonRequest.textOf(request));
    }

    @GET
    @Operation(
            summary = "List entities",
            description = "Newest first, cursor-paginated: after=next_cursor (older) or before=prev_cursor (newer), "
                    + "page_size 1–100 (default 50).")
    public CursorPageJson<EntityJson> list(
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        PageRequest page = PageRequest.parse(after, before, pageSize);
        return pageJson(listEntities.list(new ListEntitiesQuery(Callers.of(security), page)));
    }

    @GET
    @Path("{entityId}/")
    @Operation(summary = "Get an entity")
    public EntityJson get(@PathParam("entityId") String entityId) {
        return EntityJson.from(getEntity.get(Callers.of(security), LibraryParams.entityId(entityId)));
    }

    @DELETE
    @Path("{entityId}/")
    @Operation(
            summary = "Erase an entity",
            description = "Removes the entity and everything of it (documents and their bytes, responses,"
                    + " direct uploads, fulfillments, links, stored idempotent answers) and destroys its"
                    + " data key: 204. 409 under legal hold.")
    public Response erase(@PathParam("entityId") String entityId) {
        return entities.erase(Callers.of(security), entityId);
    }

    private static CursorPageJson<EntityJson> pageJson(EntityPage page) {
        return CursorPageJson.of(
                page.cursors(), page.entities().stream().map(EntityJson::from).toList());
    }
}
