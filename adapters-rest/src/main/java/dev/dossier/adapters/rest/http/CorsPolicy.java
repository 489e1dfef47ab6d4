package dev.dossier.adapters.rest.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The browser origins allowed to call the API (DOSSIER_CORS_ALLOWED_ORIGINS): none, a list of origins, or any
 * ({@code *}). Origins are kept as browsers send them in {@code Origin}: lower-case scheme and host, the port only
 * when it is not the scheme's default.
 *
 * @param anyOrigin whether every origin is allowed
 * @param origins the allowed origins, normalized (empty when {@code anyOrigin})
 */
public record CorsPolicy(boolean anyOrigin, Set<String> origins) {
    /** The setting's name, for the messages that refuse a bad value. */
    public static final String SETTING = "DOSSIER_CORS_ALLOWED_ORIGINS";

    /** No browser origin may call the API: the default. */
    public static final CorsPolicy NONE = new CorsPolicy(false, Set.of());

    /** Every browser origin may call the API. */
    public static final CorsPolicy ANY = new CorsPolicy(true, Set.of());

    public CorsPolicy {
        origins = anyOrigin ? Set.of() : Set.copyOf(origins);
    }

    /**
     * The policy a setting describes: comma-separated origins ({@code https://app.example.com}, with a port when it is
     * not the default), {@code *} for any; blank or null for none.
     *
     * @throws IllegalArgumentException naming the setting and the entry, for an entry that is not an origin
     */
    public static CorsPolicy parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            if (e.equals("*")) {
                return ANY;
            }
            origins.add(normalize(e)
                    .orElseThrow(() -> new IllegalArgumentException(SETTING + ": \"" + e
                            + "\" is not an origin (scheme://host or scheme://host:port, no path) nor *")));
        }
        return origins.isEmpty() ? NONE : new CorsPolicy(false, origins);
    }

    /** Whether a request with this {@code Origin} header may read the answer; false for none. */
    public boolean allows(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (anyOrigin) {
            return true;
        }
        return !origins.isEmpty()
                && normalize(origin.strip()).map(origins::contains).orElse(false);
    }

    /** Whether no origin at all is allowed (the answers then carry no CORS headers). */
    public boolean isNone() {
        return !anyOrigin && origins.isEmpty();
    }

    /** {@code http(s)://host[:port]} in the form browsers send, or empty when {@code text} is no such origin. */
    static Optional<String> normalize(String text) {
        String t = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }
}
