package dev.dossier.application.service.wiringsamples;

/** Depends on a class that is not a component itself. */
public final class NeedsABrokenHelper {
    public NeedsABrokenHelper(TwoConstructors helper) {}
}
