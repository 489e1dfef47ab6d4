package dev.dossier.application.service.wiringsamples;

/** Needs an instance of itself to be built. */
public final class SelfDependent {
    public SelfDependent(SelfDependent other) {}
}
