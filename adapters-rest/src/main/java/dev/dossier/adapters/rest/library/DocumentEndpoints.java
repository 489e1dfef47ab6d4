package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DeleteDocumentUseCase;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.GetDocumentUseCase;
import dev.dossier.application.port.in.document.IssueDownloadLinkUseCase;
import dev.dossier.application.port.in.document.ListDocumentsQuery;
import dev.dossier.application.port.in.document.ListDocumentsUseCase;
import dev.dossier.application.port.in.document.UploadDocumentUseCase;
import dev.dossier.domain.document.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Optional;

/**
 * The operations tenant and entity documents share on Library v1 and v2; the resources only say whose
 * documents, and each version renders its own list.
 */
@ApplicationScoped
public class DocumentEndpoints {
    @Inject
    UploadDocumentUseCase upload;

    @Inject
    ListDocumentsUseCase list;

    @Inject
    GetDocumentUseCase get;

    @Inject
    DeleteDocumentUseCase delete;

    @Inject
    IssueDownloadLinkUseCase issueLink;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    UploadSpool spool;

    @Inject
    IdempotentRequests idempotent;

    public Response upload(Caller caller, DocumentOwner owner, String contentType, InputStream body) {
        try (MultipartForm form = MultipartForm.read(contentType, body, "file", spool)) {
            return idempotent.execute(
                    caller,
                    RequestBody.form(form),
                    () -> Response.status(201)
                            .entity(DocumentJson.from(upload.upload(UploadForms.command(form, caller, owner))))
                            .build());
        }
    }

    /** Library v1: the newest {@code limit} (default 100, at most 1000). */
    public DocumentPage list(Caller caller, DocumentOwner owner, String documentType, String limit) {
        int n = LibraryParams.positiveInt("limit", limit, LibraryParams.V1_DEFAULT_LIMIT, LibraryParams.V1_MAX_LIMIT);
        return list.list(new ListDocumentsQuery(caller, owner, Optional.ofNullable(documentType), n));
    }

    /** Library v2: one cursor page ({@code after} or {@code before}, {@code page_size} default 50, at most 100). */
    public DocumentPage page(
            Caller caller, DocumentOwner owner, String documentType, String after, String before, String pageSize) {
        PageRequest page = PageRequest.parse(after, before, pageSize);
        return list.list(new ListDocumentsQuery(caller, owner, Optional.ofNullable(documentType), page));
    }

    public DocumentJson get(Caller caller, DocumentOwner owner, String documentId) {
        return DocumentJson.from(get.get(new DocumentRef(caller, owner, LibraryParams.documentId(documentId))));
    }

    public Response delete(Caller caller, DocumentOwner owner, String documentId) {
        delete.delete(new DocumentRef(caller, owner, LibraryParams.documentId(documentId)));
        return Response.noContent().build();
    }

    public DownloadLinkJson downloadLink(Caller caller, DocumentOwner owner, String documentId) {
        var link = issueLink.issue(new DocumentRef(caller, owner, LibraryParams.documentId(documentId)));
        return DownloadLinkJson.from(link, publicBaseUrl);
    }
}
