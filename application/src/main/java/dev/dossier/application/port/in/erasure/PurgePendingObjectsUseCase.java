package dev.dossier.application.port.in.erasure;

/** Use case (background): delete the bytes of removed rows until the store confirms. */
public interface PurgePendingObjectsUseCase {
    /** Works one batch; the number of objects confirmed deleted. */
    int purgeBatch();
}
