package dev.dossier.application.port.in.response;

/** Use case: one attachment of a response. */
public interface GetResponseDocumentUseCase {
    AttachmentView get(AttachmentRef ref);
}
