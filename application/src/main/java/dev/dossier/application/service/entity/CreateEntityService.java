package dev.dossier.application.service.entity;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.port.in.entity.CreateEntityCommand;
import dev.dossier.application.port.in.entity.CreateEntityUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.tenant.Scope;

/** Use case: create an entity of the caller's tenant. */
public final class CreateEntityService implements CreateEntityUseCase {
    private final EntityRepository entities;
    private final TimeSource time;
    private final UnitOfWork tx;

    public CreateEntityService(EntityRepository entities, TimeSource time, UnitOfWork tx) {
        this.entities = entities;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public Entity create(CreateEntityCommand command) {
        command.caller().require(Scope.DOCUMENTS);
        FieldErrors errors = new FieldErrors();
        EntityType type = null;
        if (command.entityType() == null || command.entityType().isBlank()) {
            errors.add("entity_type", "This field is required.");
        } else {
            type = EntityType.fromWireName(command.entityType()).orElse(null);
            if (type == null) {
                errors.add(
                        "entity_type",
                        "\"" + command.entityType() + "\" is not a valid choice. Allowed: company, individual.");
            }
        }
        EntityType checkedType = type == null ? EntityType.COMPANY : type;
        Entity entity = errors.capture(
                () -> Entity.create(command.caller().tenantId(), command.name(), checkedType, time.now()));
        errors.throwIfAny();
        tx.inTransaction(() -> entities.save(entity));
        return entity;
    }
}
