package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.time.Instant;
import java.util.Objects;

/** One object of the content store as its listing shows it: its key and when it was last written. */
public record StoredObject(StorageKey key, Instant lastModified) {
    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
