package dev.dossier.application.port.in.maintenance;

/**
 * Use case (background): remove the objects in storage that no document or direct upload refers to
 * and that are older than the orphan grace period: bytes left by a server killed between storing
 * them and committing their row, or by a delete whose storage call failed.
 */
public interface ReconcileOrphanObjectsUseCase {
    /** One pass over the store, unless another instance is running one; returns how many objects it removed. */
    int reconcile();
}
