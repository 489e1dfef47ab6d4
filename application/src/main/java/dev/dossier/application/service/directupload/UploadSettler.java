package dev.dossier.application.service.directupload;

import dev.dossier.application.error.ScannerUnavailableException;
import dev.dossier.application.port.out.ContentInspector;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.OperationsMeter;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.application.service.scanning.MalwareCheck;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.FileType;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Settles direct uploads under a lease, so that of several server instances exactly one works on
 * each upload. Every step can be repeated, so an instance that dies midway leaves work the next
 * lease holder finishes:
 * <ol>
 *   <li>bytes in quarantine are first moved to the document's own key (nobody but Dossier
 *       writes there, so what is checked next is exactly what will be served — a client
 *       re-posting to the quarantine key cannot swap the bytes after the check);</li>
 *   <li>bytes under the document key are checked (exact size, type by first bytes) and hashed,
 *       inspected where they lie (read through the store, never copied out), then scanned for
 *       malware; with no verdict from the scanner the upload stays pending for a later sweep (and
 *       the rest of that sweep's batch waits with it);</li>
 *   <li>the document row and the COMPLETE state commit together, only while the lease is held;
 *       bad bytes are removed and the upload FAILED with the reason; {@code document.created} and
 *       {@code direct_upload.completed}, or {@code direct_upload.failed}, are published in that
 *       same transaction;</li>
 *   <li>with no bytes at all past the expiry (plus a grace for uploads still in flight), the
 *       upload FAILED as expired;</li>
 *   <li>settled uploads past their expiry get their quarantine key cleared once more, against a
 *       late re-post of the still-valid form.</li>
 * </ol>
 */
public final class UploadSettler {
    static final String EXPIRED = "The upload URL expired before a file arrived.";
    private static final System.Logger LOG = System.getLogger(UploadSettler.class.getName());

    private final DirectUploadRepository uploads;
    private final DocumentRepository documents;
    private final DocumentContentStore contents;
    private final DirectUploadStore quarantine;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final MalwareCheck malware;
    private final String owner;
    private final Duration lease;
    private final Duration grace;
    private final ContentInspector inspector;
    private final DocumentSealing sealing;
    private final DocumentAudit audit;
    private final EventOutbox outbox;
    private final OperationsMeter meter;

    public UploadSettler(
            DirectUploadRepository uploads,
            DocumentRepository documents,
            DocumentContentStore contents,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx,
            MalwareCheck malware,
            DirectUploadSettings settings,
            ContentInspector inspector,
            DocumentSealing sealing,
            DocumentAudit audit,
            EventOutbox outbox,
            OperationsMeter meter) {
        this.uploads = uploads;
        this.documents = documents;
        this.contents = contents;
        this.quarantine = quarantine;
        this.time = time;
        this.tx = tx;
        this.malware = malware;
        this.owner = settings.instance();
        this.lease = settings.lease();
        this.grace = settings.grace();
        this.inspector = inspector;
        this.sealing = sealing;
        this.audit = audit;
        this.outbox = outbox;
        this.meter = meter;
    }

    /** Claims up to {@code limit} uploads and works on each; returns how many were claimed. */
    public int sweep(int limit) {
        Instant now = time.now();
        List<DirectUpload> claimed = tx.inTransaction(() -> uploads.claimDue(now, now.plus(lease), owner, limit));
        boolean scannerDown = false;
        for (DirectUpload upload : claimed) {
            if (scannerDown) {
                // each scan would wait for the scanner again: the next sweep takes these up
                tx.inTransaction(() -> uploads.release(upload.id(), owner));
                continue;
            }
            try {
                work(upload);
            } catch (ScannerUnavailableException e) {
                scannerDown = true;
                waitForScanner(upload);
            } catch (RuntimeException e) {
                // the lease runs out and another sweep tries again
                LOG.log(System.Logger.Level.WARNING, "direct upload " + upload.id() + " could not be settled now", e);
            }
        }
        return claimed.size();
    }

    /** Settles one pending upload now if no other instance is on it; returns its state afterwards. */
    public DirectUpload settleNow(DirectUpload upload) {
        if (upload.status() != UploadStatus.PENDING) {
            return upload;
        }
        Instant now = time.now();
        if (!tx.inTransaction(() -> uploads.claim(upload.id(), now, now.plus(lease), owner))) {
            return upload;
        }
        try {
            work(upload);
        } catch (ScannerUnavailableException e) {
            waitForScanner(upload);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "direct upload " + upload.id() + " could not be settled now", e);
        }
        return uploads.findAnyById(upload.id()).orElse(upload);
    }

    private void work(DirectUpload upload) {
        if (upload.status() != UploadStatus.PENDING) {
            quarantine.removeQuarantined(upload.quarantineKey());
            removeStagingCopy(upload);
            tx.inTransaction(() -> uploads.markQuarantinePurged(upload.id(), owner));
            return;
        }
        if (quarantine.isQuarantined(upload.quarantineKey())) {
            quarantine.promote(upload.quarantineKey(), upload.documentKey());
        }
        if (contents.exists(upload.documentKey())) {
            Checked checked = check(upload);
            Optional<String> problem = upload.problemWith(checked.size(), checked.head());
            if (problem.isEmpty()) {
                problem = inspector
                        .inspect(upload.fileType(), stored(upload, checked))
                        .map(upload::reasonFor);
            }
            Optional<String> signature = problem.isEmpty() ? scan(upload) : Optional.empty();
            if (signature.isPresent()) {
                contents.delete(upload.documentKey());
                fail(upload, MalwareCheck.REFUSED, () -> malware.recordHit(upload, signature.get()));
            } else if (problem.isEmpty()) {
                complete(upload, checked);
            } else {
                contents.delete(upload.documentKey());
                fail(upload, problem.get());
            }
        } else if (upload.isExpiredAt(time.now().minus(grace))) {
            quarantine.removeQuarantined(upload.quarantineKey());
            fail(upload, EXPIRED);
        } else {
            tx.inTransaction(() -> uploads.release(upload.id(), owner));
        }
    }

    /**
     * Encrypts the checked bytes under a key of their own, records the document and the COMPLETE
     * state together (only while the lease is held), then removes the bytes in clear. The sealing
     * reads them again and refuses them unless they are still the ones checked.
     */
    private void complete(DirectUpload upload, Checked checked) {
        StorageKey sealedKey = StorageKey.generate(upload.tenantId());
        Document document = upload.toDocument(checked.sha256());
        try (DocumentSealing.Sealed sealed =
                sealing.seal(upload.tenantId(), document.owner(), document.id(), stored(upload, checked))) {
            contents.put(sealedKey, sealed.content(), document.file().contentType());
            Document encrypted = document.sealedAt(sealedKey, sealed.dataKeyId());
            upload.complete(checked.sha256(), time.now());
            try {
                tx.inTransaction(() -> {
                    if (!uploads.settle(upload, owner)) {
                        throw new LeaseLostException(upload);
                    }
                    documents.save(encrypted);
                    audit.recordOnBehalfOf(encrypted, AuditAction.UPLOADED, upload.uploadedBy());
                    outbox.publish(DocumentEvents.of(EventType.DOCUMENT_CREATED, encrypted, upload.updatedAt()));
                    outbox.publish(DirectUploadEvents.of(EventType.DIRECT_UPLOAD_COMPLETED, upload));
                });
            } catch (RuntimeException e) {
                contents.delete(sealedKey);
                throw e;
            }
            meter.uploaded(encrypted.file().size());
        }
        contents.delete(upload.documentKey());
    }

    private void fail(DirectUpload upload, String reason) {
        fail(upload, reason, () -> {});
    }

    /** Fails the upload, running {@code alsoInTransaction} (an audit event, say) in the same transaction. */
    private void fail(DirectUpload upload, String reason, Runnable alsoInTransaction) {
        upload.fail(reason, time.now());
        tx.inTransaction(() -> {
            if (!uploads.settle(upload, owner)) {
                throw new LeaseLostException(upload);
            }
            alsoInTransaction.run();
            outbox.publish(DirectUploadEvents.of(EventType.DIRECT_UPLOAD_FAILED, upload));
        });
    }

    /** The signature the scanner found in the promoted bytes, if any; throws when it gives no verdict. */
    private Optional<String> scan(DirectUpload upload) {
        try (InputStream in = contents.open(upload.documentKey())) {
            return malware.signatureIn(in);
        } catch (IOException e) {
            throw new ContentStoreException("cannot read " + upload.documentKey() + ": " + e.getMessage(), e);
        }
    }

    /** Fail closed: the upload stays pending, its lease given back, and a later sweep scans it again. */
    private void waitForScanner(DirectUpload upload) {
        LOG.log(System.Logger.Level.INFO, "direct upload " + upload.id() + " waits for the malware scanner");
        tx.inTransaction(() -> uploads.release(upload.id(), owner));
    }

    private record Checked(long size, byte[] head, String sha256) {}

    /** Reads the promoted bytes once: their size (at most one byte past the declared), first bytes and SHA-256. */
    private Checked check(DirectUpload upload) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = contents.open(upload.documentKey())) {
            byte[] head = in.readNBytes(FileType.SNIFF_LENGTH);
            digest.update(head);
            long size = head.length;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (size <= upload.size() && (n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
            return new Checked(size, head, Sha256.hex(digest.digest()));
        } catch (IOException e) {
            throw new ContentStoreException("cannot read " + upload.documentKey() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The checked bytes where they lie: every read goes to the store, so nothing of them is copied
     * out, and random access is {@link StorableContent#openChannel()}'s default over re-opened streams.
     */
    private StorableContent stored(DirectUpload upload, Checked checked) {
        return new StorableContent() {
            @Override
            public long size() {
                return checked.size();
            }

            @Override
            public String sha256() {
                return checked.sha256();
            }

            @Override
            public InputStream open() {
                return contents.open(upload.documentKey());
            }
        };
    }

    /**
     * The bytes checked in clear under the upload's document key, left behind when an instance
     * stopped between recording the document (stored encrypted under another key) and removing
     * them. A document stored before encryption lives at that key itself and is kept.
     */
    private void removeStagingCopy(DirectUpload upload) {
        boolean documentLivesThere = tx.inTransaction(() -> documents.findById(upload.tenantId(), upload.id()))
                .map(d -> d.file().storageKey().equals(upload.documentKey()))
                .orElse(false);
        if (!documentLivesThere) {
            contents.delete(upload.documentKey());
        }
    }

    /** Another instance took the upload over after this one's lease ran out; this one's work is rolled back. */
    static final class LeaseLostException extends RuntimeException {
        LeaseLostException(DirectUpload upload) {
            super("lost the lease on direct upload " + upload.id());
        }
    }
}
