package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.library.EntityEndpoints;
import dev.dossier.adapters.rest.library.EntityJson;
import dev.dossier.adapters.rest.library.LegalHoldJson;
import dev.dossier.adapters.rest.library.LibraryParams;
import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import dev.dossier.application.port.in.hold.LegalHoldUseCase;
import dev.dossier.domain.hold.HoldTarget;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library v1: entities (companies and individuals) of the caller's tenant. */
@Path("/api/v1/entities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v1: entities")
@SecurityRequirement(name = "apiKey")
public class V1EntityResource {
    @Inject
    EntityEndpoints entities;

    @Inject
    LegalHoldUseCase holds;

    @Inject
    GetEntityUseCase getEntity;

    @Inject
    ListEntitiesUseCase listEntities;

    @Context
    SecurityContext security;

    /** A v1 entity list. */
    @JsonbPropertyOrder({"count", "entities"})
    public record EntityListJson(long count, List<EntityJson> entities) {
        static EntityListJson from(EntityPage page) {
            return new EntityListJson(
                    page.totalCount(),
                    page.entities().stream().map(EntityJson::from).toList());
        }
    }

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
    @Operation(summary = "List entities", description = "Newest first; limit defaults to 100, at most 1000.")
    public EntityListJson list(@QueryParam("limit") String limit) {
        int n = LibraryParams.positiveInt("limit", limit, LibraryParams.V1_DEFAULT_LIMIT, LibraryParams.V1_MAX_LIMIT);
        return EntityListJson.from(listEntities.list(new ListEntitiesQuery(Callers.of(security), n)));
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

    @POST
    @Path("{entityId}/legal-hold/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Place a legal hold on the entity",
            description = "Scope legal_hold; body {\"reason\"}. While held, the entity cannot be deleted: 409.")
    public LegalHoldJson placeHold(@PathParam("entityId") String entityId, JsonRequest request) {
        String reason = LegalHoldJson.reasonOf(request);
        return LegalHoldJson.from(
                holds.place(Callers.of(security), HoldTarget.entity(LibraryParams.entityId(entityId)), reason));
    }

    @GET
    @Path("{entityId}/legal-hold/")
    @Operation(summary = "The entity's legal hold", description = "Scope legal_hold; 404 when it is not held.")
    public LegalHoldJson getHold(@PathParam("entityId") String entityId) {
        return LegalHoldJson.from(holds.get(Callers.of(security), HoldTarget.entity(LibraryParams.entityId(entityId))));
    }

    @DELETE
    @Path("{entityId}/legal-hold/")
    @Operation(
            summary = "Lift the entity's legal hold",
            description = "Scope legal_hold; 204, or 404 when it is not held.")
    public Response liftHold(@PathParam("entityId") String entityId) {
        holds.lift(Callers.of(security), HoldTarget.entity(LibraryParams.entityId(entityId)));
        return Response.noContent().build();
    }
}
