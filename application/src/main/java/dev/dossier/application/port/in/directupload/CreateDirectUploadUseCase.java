package dev.dossier.application.port.in.directupload;

/** Use case: announce a document of a subject record and get a signed upload form for its bytes. */
public interface CreateDirectUploadUseCase {
    /**
     * @throws dev.dossier.application.error.ValidationException for a bad file name or size
     * @throws dev.dossier.application.error.NotFoundException when the subject record is missing or another tenant's
     */
    CreatedDirectUpload create(CreateDirectUploadCommand command);
}
