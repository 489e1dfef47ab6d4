package dev.dossier.application.port.out;

import dev.dossier.domain.document.StorageKey;
import java.util.List;
import java.util.Map;

/**
 * What an entity's erasure removed: rows per kind (the audit event's counts), the document objects
 * and quarantined objects whose bytes are still to be deleted.
 */
public record ErasedRows(Map<String, Integer> counts, List<StorageKey> documentObjects, List<StorageKey> quarantined) {
    public ErasedRows {
        counts = Map.copyOf(counts);
        documentObjects = List.copyOf(documentObjects);
        quarantined = List.copyOf(quarantined);
    }
}
