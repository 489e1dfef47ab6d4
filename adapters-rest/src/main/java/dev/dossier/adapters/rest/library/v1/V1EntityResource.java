package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.library.EntityJson;
import dev.dossier.adapters.rest.library.LibraryParams;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.CreateEntityCommand;
import dev.dossier.application.port.in.entity.CreateEntityUseCase;
import dev.dossier.application.port.in.entity.EntityPage;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.in.entity.ListEntitiesQuery;
import dev.dossier.application.port.in.entity.ListEntitiesUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library v1: entities (companies and individuals) of the caller's tenant. */
@Path("/api/v1/entities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v1: entities")
@SecurityRequirement(name = "apiKey")
public class V1EntityResource {
    @Inject
    CreateEntityUseCase createEntity;

    @Inject
    GetEntityUseCase getEntity;

    @Inject
    ListEntitiesUseCase listEntities;

    @Inject
    IdempotentRequests idempotent;

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
    @Path("/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an entity",
            description =
                    "Body: {\"name\", \"entity_type\": \"company\"|\"individual\"}. " + IdempotentRequests.DESCRIPTION)
    public Response create(String body) {
        Caller caller = Callers.of(security);
        return idempotent.execute(caller, RequestBody.json(body), () -> {
            JsonBody json = JsonBody.parse(body, Set.of("name", "entity_type"));
            String name = json.string("name");
            String type = json.string("entity_type");
            json.errors().throwIfAny();
            return Response.status(201)
                    .entity(EntityJson.from(createEntity.create(new CreateEntityCommand(caller, name, type))))
                    .build();
        });
    }

    @GET
    @Path("/")
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
}
