package dev.dossier.domain.directupload;

/** Where a direct upload is: waiting for its bytes, promoted to a document, or refused. */
public enum UploadStatus {
    PENDING,
    COMPLETE,
    FAILED
}
