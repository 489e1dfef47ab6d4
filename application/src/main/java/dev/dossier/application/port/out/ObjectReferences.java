package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.util.Collection;
import java.util.Set;

/** Port: which storage keys rows still point at (a document's object, a direct upload's two keys). */
public interface ObjectReferences {
    /** The keys among {@code keys} that a document or a direct upload of any tenant refers to. */
    Set<StorageKey> referenced(Collection<StorageKey> keys);
}
