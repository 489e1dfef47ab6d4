package dev.dossier.application.service.directupload;

import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.port.in.directupload.ReceiveDirectUploadUseCase;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.DirectUploadStore;
import java.io.InputStream;
import java.util.Map;

/** Use case: a Dossier-signed upload form arrives; the store checks it against its policy and quarantines the file. */
public final class ReceiveDirectUploadService implements ReceiveDirectUploadUseCase {
    private final DirectUploadStore quarantine;

    public ReceiveDirectUploadService(DirectUploadStore quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void receive(Map<String, String> fields, InputStream file, long fileSize) {
        try {
            quarantine.receive(fields, file, fileSize);
        } catch (ContentStoreException e) {
            throw new StorageFailureException("Failed to upload file to storage. Please try again later.", e);
        }
    }
}
