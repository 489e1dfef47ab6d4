package dev.dossier.adapters.rest.http;

import java.util.Objects;

/** The base of the URLs Dossier hands out (download links), without a trailing slash. */
public record PublicBaseUrl(String value) {
    public PublicBaseUrl {
        Objects.requireNonNull(value, "value");
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
    }

    public String resolve(String path) {
        return value + (path.startsWith("/") ? path : "/" + path);
    }
}
