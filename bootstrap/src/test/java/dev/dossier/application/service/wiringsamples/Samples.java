package dev.dossier.application.service.wiringsamples;

import dev.dossier.application.port.out.TimeSource;

/** Holder of a nested class, which is never a component. */
public final class Samples {
    private Samples() {}

    /** Shaped like a collaborator, but nested. */
    public static final class NestedHelper {
        public NestedHelper(TimeSource time) {}
    }
}
