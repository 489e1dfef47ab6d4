package dev.dossier.application.port.in.directupload;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.entity.EntityId;
import java.util.Objects;

/**
 * Input of {@link CreateDirectUploadUseCase}: the subject record, and the file name and size as the client sent them.
 */
public record CreateDirectUploadCommand(Caller caller, EntityId subjectRecordId, String fileName, long fileSize) {
    public CreateDirectUploadCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(subjectRecordId, "subjectRecordId");
    }
}
