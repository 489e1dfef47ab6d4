package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ObjectReferences;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.StorageKey;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Test fake of {@link ObjectReferences}, reading the fakes of documents and direct uploads. */
public final class InMemoryObjectReferences implements ObjectReferences {
    private final InMemoryDocumentRepository documents;
    private final InMemoryDirectUploadRepository uploads;

    public InMemoryObjectReferences(InMemoryDocumentRepository documents, InMemoryDirectUploadRepository uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    @Override
    public Set<StorageKey> referenced(Collection<StorageKey> keys) {
        Set<StorageKey> known = new HashSet<>();
        documents.all().stream().map(Document::file).forEach(f -> known.add(f.storageKey()));
        for (DirectUpload u : uploads.all()) {
            known.add(u.quarantineKey());
            known.add(u.documentKey());
        }
        Set<StorageKey> referenced = new HashSet<>(keys);
        referenced.retainAll(known);
        return referenced;
    }
}
