package dev.dossier.application.service.wiringsamples;

/** A raw value in the constructor: a setting that should have been a settings record. */
public final class NeedsAString {
    public NeedsAString(String instanceName) {}
}
