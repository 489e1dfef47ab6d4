package dev.dossier.application.port.out;

/** Ciphertext ready to store, held by the cipher until closed (then its temporary copy is gone). */
public interface SealedContent extends StorableContent, AutoCloseable {
    @Override
    void close();
}
