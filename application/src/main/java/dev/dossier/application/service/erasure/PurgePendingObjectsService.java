package dev.dossier.application.service.erasure;

import dev.dossier.application.port.in.erasure.PurgePendingObjectsUseCase;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.PendingObjectDeletions;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;

/** Use case (background): the objects of removed rows, deleted until the store confirms. */
public final class PurgePendingObjectsService implements PurgePendingObjectsUseCase {
    static final int BATCH = 100;

    private final ObjectPurge purge;

    public PurgePendingObjectsService(
            PendingObjectDeletions pending,
            DocumentContentStore store,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx) {
        this.purge = new ObjectPurge(pending, store, quarantine, time, tx);
    }

    @Override
    public int purgeBatch() {
        return purge.batch(BATCH);
    }
}
