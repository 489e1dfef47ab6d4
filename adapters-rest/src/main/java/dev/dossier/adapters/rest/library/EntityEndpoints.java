package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.CreateEntityCommand;
import dev.dossier.application.port.in.entity.CreateEntityUseCase;
import dev.dossier.application.port.in.erasure.EraseEntityUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Entity creation (idempotent under {@code Idempotency-Key}) and erasure as both Library versions
 * answer them.
 */
@ApplicationScoped
public class EntityEndpoints {
    @Inject
    CreateEntityUseCase createEntity;

    @Inject
    EraseEntityUseCase eraseEntity;

    @Inject
    IdempotentRequests idempotent;

    /** Body {@code {"name", "entity_type"}}: 201 with the entity. */
    public Response create(Caller caller, String body) {
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

    /** Erases the entity and everything of it: 204. */
    public Response erase(Caller caller, String entityId) {
        eraseEntity.erase(caller, LibraryParams.entityId(entityId));
        return Response.noContent().build();
    }
}
