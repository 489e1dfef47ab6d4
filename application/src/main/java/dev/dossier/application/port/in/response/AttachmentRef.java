package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import java.util.Objects;

/** One attachment as a surface addresses it: by the response in the path and the attachment id. */
public record AttachmentRef(Caller caller, ResponseId responseId, AttachmentId attachmentId) {
    public AttachmentRef {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}
