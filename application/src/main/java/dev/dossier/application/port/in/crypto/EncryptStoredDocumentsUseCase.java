package dev.dossier.application.port.in.crypto;

/** Use case (background): encrypt, in place, the objects stored in clear before encryption existed. */
public interface EncryptStoredDocumentsUseCase {
    /** Encrypts one batch; returns how many objects it encrypted. */
    int encryptBatch();

    /** How many documents still have their object stored in clear. */
    long remaining();
}
