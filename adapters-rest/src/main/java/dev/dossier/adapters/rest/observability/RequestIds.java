package dev.dossier.adapters.rest.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id of a request: the client's own when it is safe to echo and to log, else a new one. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    /** {@code presented} when it is 1 to 64 letters, digits, dots, underscores or hyphens; otherwise a new UUID. */
    public static String of(String presented) {
        return presented != null && SAFE.matcher(presented).matches()
                ? presented
                : UUID.randomUUID().toString();
    }
}
