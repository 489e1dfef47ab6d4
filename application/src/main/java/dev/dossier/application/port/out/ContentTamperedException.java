package dev.dossier.application.port.out;

import java.io.IOException;

/** A stored object's bytes failed authentication while they were decrypted: changed, cut short or swapped. */
public class ContentTamperedException extends IOException {
    public ContentTamperedException(String message, Throwable cause) {
        super(message, cause);
    }
}
