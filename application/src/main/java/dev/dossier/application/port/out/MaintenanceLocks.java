package dev.dossier.application.port.out;

import java.time.Instant;

/**
 * Port: named leases in the database that let one server instance at a time run a background job.
 * Each call commits on its own; a lease whose holder died runs out at its end.
 */
public interface MaintenanceLocks {
    /**
     * Takes (or renews, for its current holder) the lease {@code name} until {@code until} when it is free
     * at {@code now}, or already {@code holder}'s; returns whether {@code holder} has it.
     */
    boolean tryAcquire(String name, String holder, Instant now, Instant until);

    /** Gives the lease up if {@code holder} has it. */
    void release(String name, String holder);
}
