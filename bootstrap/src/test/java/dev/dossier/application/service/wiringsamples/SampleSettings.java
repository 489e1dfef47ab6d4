package dev.dossier.application.service.wiringsamples;

import java.time.Duration;

/** A settings record, as bootstrap produces them. */
public record SampleSettings(Duration ttl) {}
