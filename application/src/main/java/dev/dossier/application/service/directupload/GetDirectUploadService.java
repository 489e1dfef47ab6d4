package dev.dossier.application.service.directupload;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.directupload.DirectUploadView;
import dev.dossier.application.port.in.directupload.GetDirectUploadUseCase;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.Scope;

/**
 * Use case: read a document with its upload status. A pending upload is settled on the spot when
 * its bytes have arrived (and no other instance is on it); a document uploaded through another
 * surface reads as COMPLETE; a deleted document reads as missing.
 */
public final class GetDirectUploadService implements GetDirectUploadUseCase {
    private final DirectUploadRepository uploads;
    private final DocumentRepository documents;
    private final UploadSettler settler;

    public GetDirectUploadService(DirectUploadRepository uploads, DocumentRepository documents, UploadSettler settler) {
        this.uploads = uploads;
        this.documents = documents;
        this.settler = settler;
    }

    @Override
    public DirectUploadView get(Caller caller, DocumentId id) {
        caller.require(Scope.DOCUMENTS);
        return uploads.findById(caller.tenantId(), id)
                .map(settler::settleNow)
                // a complete upload whose document was deleted since (Library DELETE) is gone
                .filter(u -> u.status() != UploadStatus.COMPLETE
                        || documents.findById(caller.tenantId(), id).isPresent())
                .map(DirectUploadView::of)
                .or(() -> documents.findById(caller.tenantId(), id).map(DirectUploadView::of))
                .orElseThrow(() -> new NotFoundException("document"));
    }
}
