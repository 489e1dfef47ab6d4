package dev.dossier.domain.attachment;

import dev.dossier.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

/** Identity of an attachment: the {@code attachment_id} of the response-document endpoints. */
public record AttachmentId(UUID value) {
    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId generate() {
        return new AttachmentId(UUID.randomUUID());
    }

    public static AttachmentId parse(String value) {
        return new AttachmentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
