package dev.dossier.application.port.in.document;

/** Use case: issue a single-use, 15-minute download link for a document. */
public interface IssueDownloadLinkUseCase {
    /** @throws dev.dossier.application.error.ForbiddenException for a confidential document without the scope */
    DownloadLink issue(DocumentRef ref);
}
