package dev.dossier.application.service.wiringsamples;

import dev.dossier.application.port.out.TimeSource;

/** Two public constructors: which one the container should call is not said. */
public final class TwoConstructors {
    public TwoConstructors() {}

    public TwoConstructors(TimeSource time) {}
}
