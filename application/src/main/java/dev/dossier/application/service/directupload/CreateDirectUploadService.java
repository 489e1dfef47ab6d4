package dev.dossier.application.service.directupload;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.port.in.directupload.CreateDirectUploadCommand;
import dev.dossier.application.port.in.directupload.CreateDirectUploadUseCase;
import dev.dossier.application.port.in.directupload.CreatedDirectUpload;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.UploadPolicy;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.shared.PrefixedIds;
import dev.dossier.domain.tenant.Scope;
import java.time.Duration;
import java.util.Map;

/**
 * Use case: create a direct upload. The file name (allow-listed extension) and size (1 byte to
 * 10 MB) are checked first; then the signed form is made (so a storage failure creates nothing)
 * and the pending upload recorded.
 */
public final class CreateDirectUploadService implements CreateDirectUploadUseCase {
    private final EntityRepository entities;
    private final DirectUploadRepository uploads;
    private final DirectUploadStore quarantine;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final Duration ttl;

    public CreateDirectUploadService(
            EntityRepository entities,
            DirectUploadRepository uploads,
            DirectUploadStore quarantine,
            TimeSource time,
            UnitOfWork tx,
            DirectUploadSettings settings) {
        this.entities = entities;
        this.uploads = uploads;
        this.quarantine = quarantine;
        this.time = time;
        this.tx = tx;
        this.ttl = settings.ttl();
    }

    @Override
    public CreatedDirectUpload create(CreateDirectUploadCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        FieldErrors errors = new FieldErrors();
        FileName name = errors.capture(() -> DirectUpload.validFile(c.fileName()));
        errors.capture(() -> DirectUpload.validSize(c.fileSize()));
        errors.throwIfAny();
        if (entities.findById(c.caller().tenantId(), c.subjectRecordId()).isEmpty()) {
            throw new NotFoundException("subject record");
        }
        DirectUpload upload = DirectUpload.create(
                c.caller().tenantId(),
                c.subjectRecordId(),
                name,
                c.fileSize(),
                c.caller().email(),
                time.now(),
                ttl);
        PresignedUpload form;
        try {
            form = quarantine.presign(new UploadPolicy(
                    upload.quarantineKey(),
                    upload.contentType(),
                    upload.size(),
                    upload.expiresAt(),
                    Map.of("document-id", PrefixedIds.encode("d_", upload.id().value()))));
        } catch (ContentStoreException e) {
            throw new StorageFailureException("The upload URL could not be created. Please try again later.", e);
        }
        tx.inTransaction(() -> uploads.insert(upload));
        return new CreatedDirectUpload(upload, form);
    }
}
