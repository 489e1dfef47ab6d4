package dev.dossier.application.port.out;

import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: pending direct uploads and the leases that let several server instances share their
 * processing: an upload is worked on only by the holder of its live lease.
 */
public interface DirectUploadRepository {
    /** Inserts a new upload. */
    void insert(DirectUpload upload);

    /** Empty when the upload is missing or belongs to another tenant. */
    Optional<DirectUpload> findById(TenantId tenantId, DocumentId id);

    /** Any tenant's upload, for the background sweep. */
    Optional<DirectUpload> findAnyById(DocumentId id);

    /**
     * Leases up to {@code limit} uploads that need work (pending ones, and settled ones whose
     * quarantine may still hold stray bytes after their expiry) and that no live lease holds, to
     * {@code owner} until {@code leaseUntil}. Concurrent callers, on any number of servers, never
     * get the same upload. Runs in the caller's transaction.
     */
    List<DirectUpload> claimDue(Instant now, Instant leaseUntil, String owner, int limit);

    /** Leases one pending upload to {@code owner}; false when it is settled or another live lease holds it. */
    boolean claim(DocumentId id, Instant now, Instant leaseUntil, String owner);

    /** Gives up {@code owner}'s lease (nothing to do yet). */
    void release(DocumentId id, String owner);

    /**
     * Stores a pending upload's outcome (COMPLETE or FAILED) only if it is still pending and
     * {@code owner} still holds its lease; the lease ends. False when someone else took over.
     */
    boolean settle(DirectUpload settled, String owner);

    /** Records that a settled upload's quarantine is empty for good, and ends the lease. */
    void markQuarantinePurged(DocumentId id, String owner);

    /**
     * Deletes up to {@code limit} settled uploads (complete or failed, their quarantine object cleared)
     * last updated before {@code cutoff}; returns how many. Their documents are rows of their own.
     */
    int deleteSettledBefore(Instant cutoff, int limit);
}
