package dev.dossier.adapters.rest.library;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;

/** Path and query parameters of the Library surfaces: a malformed id reads as not found, as any unknown id. */
public final class LibraryParams {
    public static final int V1_DEFAULT_LIMIT = 100;
    public static final int V1_MAX_LIMIT = 1000;

    private LibraryParams() {}

    public static DocumentId documentId(String raw) {
        try {
            return DocumentId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("document");
        }
    }

    public static ResponseId responseId(String raw) {
        try {
            return ResponseId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("response");
        }
    }

    public static AttachmentId attachmentId(String raw) {
        try {
            return AttachmentId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("attachment");
        }
    }

    public static EntityId entityId(String raw) {
        try {
            return EntityId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("entity");
        }
    }

    /** An integer query parameter in [1, max], or the default when absent. */
    public static int positiveInt(String name, String raw, int defaultValue, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "A valid integer is required.");
        }
        if (value < 1) {
            throw ValidationException.of(name, "Ensure this value is greater than or equal to 1.");
        }
        if (value > max) {
            throw ValidationException.of(name, "Ensure this value is less than or equal to " + max + ".");
        }
        return value;
    }
}
