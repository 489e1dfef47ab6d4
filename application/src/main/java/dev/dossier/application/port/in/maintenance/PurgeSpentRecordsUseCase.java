package dev.dossier.application.port.in.maintenance;

/**
 * Use case (background): purge what has served its purpose: download links that expired or were
 * redeemed, direct uploads settled more than 7 days ago (their document, if any, lives on), and
 * idempotency records past their 24 hours.
 */
public interface PurgeSpentRecordsUseCase {
    /** Purges one batch of each kind; returns how many rows went (0 when none is left). */
    int purgeBatch();
}
