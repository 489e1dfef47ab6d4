package dev.dossier.application.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Where and how a client uploads: the URL and the form fields to send before the file, in order. */
public record PresignedUpload(String url, Map<String, String> fields) {
    public PresignedUpload {
        Objects.requireNonNull(url, "url");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
