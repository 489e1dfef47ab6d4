package dev.dossier.application.fakes;

import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link DirectUploadRepository}: rows are copies, leases a map, all under one lock. */
public final class InMemoryDirectUploadRepository implements DirectUploadRepository {
    private record Lease(String owner, Instant until) {}

    private final Map<DocumentId, DirectUpload> rows = new LinkedHashMap<>();
    private final Map<DocumentId, Lease> leases = new HashMap<>();
    private final Map<DocumentId, Boolean> purged = new HashMap<>();

    private static DirectUpload copy(DirectUpload u) {
        return DirectUpload.reconstitute(
                u.id(),
                u.tenantId(),
                u.subjectRecordId(),
                u.fileName(),
                u.size(),
                u.quarantineKey(),
                u.documentKey(),
                u.uploadedBy(),
                u.createdAt(),
                u.expiresAt(),
                u.status(),
                u.sha256().orElse(null),
                u.failureReason().orElse(null),
                u.updatedAt());
    }

    @Override
    public synchronized void insert(DirectUpload upload) {
        rows.put(upload.id(), copy(upload));
        purged.put(upload.id(), false);
    }

    @Override
    public synchronized Optional<DirectUpload> findById(TenantId tenantId, DocumentId id) {
        return findAnyById(id).filter(u -> u.tenantId().equals(tenantId));
    }

    @Override
    public synchronized Optional<DirectUpload> findAnyById(DocumentId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryDirectUploadRepository::copy);
    }

    private boolean free(DocumentId id, Instant now) {
        Lease lease = leases.get(id);
        return lease == null || lease.until().isBefore(now);
    }

    @Override
    public synchronized List<DirectUpload> claimDue(Instant now, Instant leaseUntil, String owner, int limit) {
        List<DirectUpload> claimed = new ArrayList<>();
        for (DirectUpload u : rows.values()) {
            boolean due = u.status() == UploadStatus.PENDING
                    || (!purged.get(u.id()) && u.expiresAt().isBefore(now));
            if (claimed.size() < limit && due && free(u.id(), now)) {
                leases.put(u.id(), new Lease(owner, leaseUntil));
                claimed.add(copy(u));
            }
        }
        return claimed;
    }

    @Override
    public synchronized boolean claim(DocumentId id, Instant now, Instant leaseUntil, String owner) {
        DirectUpload u = rows.get(id);
        if (u == null || u.status() != UploadStatus.PENDING || !free(id, now)) {
            return false;
        }
        leases.put(id, new Lease(owner, leaseUntil));
        return true;
    }

    @Override
    public synchronized void release(DocumentId id, String owner) {
        if (leases.containsKey(id) && leases.get(id).owner().equals(owner)) {
            leases.remove(id);
        }
    }

    @Override
    public synchronized boolean settle(DirectUpload settled, String owner) {
        DirectUpload row = rows.get(settled.id());
        Lease lease = leases.get(settled.id());
        if (row == null
                || row.status() != UploadStatus.PENDING
                || lease == null
                || !lease.owner().equals(owner)) {
            return false;
        }
        rows.put(settled.id(), copy(settled));
        leases.remove(settled.id());
        return true;
    }

    @Override
    public synchronized void markQuarantinePurged(DocumentId id, String owner) {
        Lease lease = leases.get(id);
        if (lease != null && lease.owner().equals(owner)) {
            purged.put(id, true);
            leases.remove(id);
        }
    }

    public synchronized Optional<String> leaseOwner(DocumentId id) {
        return Optional.ofNullable(leases.get(id)).map(Lease::owner);
    }

    public synchronized int size() {
        return rows.size();
    }

    /** Removes the uploads of {@code entityId} and returns them. */
    public synchronized List<DirectUpload> removeForEntity(dev.dossier.domain.entity.EntityId entityId) {
        List<DirectUpload> removed = rows.values().stream()
                .filter(u -> u.subjectRecordId().equals(entityId))
                .toList();
        removed.forEach(u -> rows.remove(u.id()));
        return removed;
    }

    @Override
    public synchronized int deleteSettledBefore(Instant cutoff, int limit) {
        List<DocumentId> settled = rows.values().stream()
                .filter(u -> u.status() != UploadStatus.PENDING
                        && purged.getOrDefault(u.id(), false)
                        && u.updatedAt().isBefore(cutoff))
                .map(DirectUpload::id)
                .limit(limit)
                .toList();
        settled.forEach(id -> {
            rows.remove(id);
            leases.remove(id);
            purged.remove(id);
        });
        return settled.size();
    }

    /** Every row, as copies. */
    public synchronized List<DirectUpload> all() {
        return rows.values().stream().map(InMemoryDirectUploadRepository::copy).toList();
    }
}
