package dev.dossier.application.service.business;

import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.application.port.in.business.BusinessDocumentDetails;
import dev.dossier.application.port.in.business.GetBusinessDocumentUseCase;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.out.TimeSource;

/**
 * Use case: read one business document with a fresh single-use link. Issuing the link is the
 * shared use case (its scope, confidential and ownership rules included); this adds the status of today.
 */
public final class GetBusinessDocumentService implements GetBusinessDocumentUseCase {
    private final IssueDownloadLinkUseCase issueLink;
    private final TimeSource time;

    public GetBusinessDocumentService(IssueDownloadLinkUseCase issueLink, TimeSource time) {
        this.issueLink = issueLink;
        this.time = time;
    }

    @Override
    public BusinessDocumentDetails get(DocumentRef ref) {
        DownloadLink link = issueLink.issue(ref);
        return new BusinessDocumentDetails(BusinessDocument.on(link.document(), time.today()), link);
    }
}
