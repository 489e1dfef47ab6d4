package dev.dossier.application.service.document;

import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.in.document.UploadDocumentUseCase;
import dev.dossier.domain.document.Document;

/** Use case: upload a document to the tenant library or to an entity, with every check of {@link DocumentUploader}. */
public final class UploadDocumentService implements UploadDocumentUseCase {
    private final DocumentUploader uploader;

    public UploadDocumentService(DocumentUploader uploader) {
        this.uploader = uploader;
    }

    @Override
    public Document upload(UploadDocumentCommand command) {
        return uploader.upload(command, document -> {});
    }
}
