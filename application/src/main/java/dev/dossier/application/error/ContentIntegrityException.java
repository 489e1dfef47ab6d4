package dev.dossier.application.error;

import java.io.IOException;

/**
 * The bytes read back from the content store are not the ones stored: their length or SHA-256
 * differs from what was recorded at upload. Thrown while the content is being read, before its
 * last byte is handed on, so that no client receives a complete forged or damaged file.
 */
public class ContentIntegrityException extends IOException {
    public ContentIntegrityException(String message) {
        super(message);
    }
}
