package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.SpooledFile;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.domain.document.DocumentOwner;

/**
 * Turns a Library upload form ({@code file}, {@code document_type}, {@code classification}, {@code expiry_date}) into
 * the command.
 */
final class UploadForms {
    private UploadForms() {}

    public static UploadDocumentCommand command(MultipartForm form, Caller caller, DocumentOwner owner) {
        SpooledFile file = form.file().orElse(null);
        return new UploadDocumentCommand(
                caller,
                owner,
                file == null ? null : file.fileName(),
                file,
                form.fieldOrNull("document_type"),
                form.fieldOrNull("classification"),
                form.fieldOrNull("expiry_date"));
    }
}
