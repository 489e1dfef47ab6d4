package dev.dossier.adapters.rest.observability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token {@code /metrics} asks for (DOSSIER_METRICS_TOKEN); without one the endpoint is open.
 * Compared in constant time.
 */
public final class MetricsToken {
    private final byte[] token;

    private MetricsToken(byte[] token) {
        this.token = token;
    }

    public static MetricsToken of(Optional<String> token) {
        return new MetricsToken(token.filter(t -> !t.isBlank())
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .orElse(null));
    }

    public boolean isRequired() {
        return token != null;
    }

    /** Whether an {@code Authorization} header value lets its request read the metrics. */
    public boolean admits(String authorization) {
        if (token == null) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented);
    }

    @Override
    public String toString() {
        return token == null ? "MetricsToken[none]" : "MetricsToken[****]";
    }
}
