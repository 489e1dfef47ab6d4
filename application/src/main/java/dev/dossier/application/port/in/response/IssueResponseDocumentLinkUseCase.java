package dev.dossier.application.port.in.response;

/** Use case: a single-use download link for an attachment's document. */
public interface IssueResponseDocumentLinkUseCase {
    AttachmentDownloadLink issue(AttachmentRef ref);
}
