package dev.dossier.application.port.in.tenant;

import dev.dossier.domain.tenant.ApiKey;

/** A new key with its secret, which is shown this once and never stored. */
public record IssuedApiKey(ApiKey key, String secret) {}
