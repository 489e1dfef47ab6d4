package dev.dossier.application.port.in.retention;

/** Use case (background): delete documents past their tenant's retention, unless held. */
public interface ExpireDocumentsUseCase {
    /** Expires one batch; the number of documents deleted. */
    int expireBatch();
}
