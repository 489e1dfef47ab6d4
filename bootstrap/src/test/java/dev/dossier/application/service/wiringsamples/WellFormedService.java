package dev.dossier.application.service.wiringsamples;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.entity.GetEntityUseCase;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityId;

/** A service: a use case, built from a port, a collaborator and a settings record. */
public final class WellFormedService implements GetEntityUseCase {
    public WellFormedService(EntityRepository entities, PortsOnlyHelper helper, SampleSettings settings) {}

    @Override
    public Entity get(Caller caller, EntityId entityId) {
        throw new UnsupportedOperationException();
    }
}
