package dev.dossier.application.service.wiringsamples;

import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.TimeSource;

/** A collaborator built from ports only. */
public final class PortsOnlyHelper {
    public PortsOnlyHelper(EntityRepository entities, TimeSource time) {}
}
