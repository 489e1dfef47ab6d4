package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.library.DocumentEndpoints;
import dev.dossier.adapters.rest.library.DocumentJson;
import dev.dossier.adapters.rest.library.DownloadLinkJson;
import dev.dossier.adapters.rest.library.LegalHoldJson;
import dev.dossier.adapters.rest.library.LibraryParams;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.hold.LegalHoldUseCase;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.hold.HoldTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library v1: documents in the tenant's own library. */
@Path("/api/v1/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v1: tenant documents")
@SecurityRequirement(name = "apiKey")
public class V1TenantDocumentResource {
    @Inject
    DocumentEndpoints endpoints;

    @Inject
    LegalHoldUseCase holds;

    @Context
    SecurityContext security;

    /** A v1 tenant document list. */
    @JsonbPropertyOrder({"count", "documents"})
    public record DocumentListJson(long count, List<DocumentJson> documents) {
        static DocumentListJson from(DocumentPage page) {
            return new DocumentListJson(
                    page.totalCount(),
                    page.documents().stream().map(DocumentJson::from).toList());
        }
    }

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a tenant document",
            description =
                    "multipart/form-data: file (max 10 MB), document_type, optional classification and expiry_date. "
                            + IdempotentRequests.DESCRIPTION)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return endpoints.upload(Callers.of(security), DocumentOwner.library(), contentType, body);
    }

    @GET
    @Operation(
            summary = "List tenant documents",
            description = "Newest first; document_type filter; limit 1–1000, default 100.")
    public DocumentListJson list(@QueryParam("document_type") String documentType, @QueryParam("limit") String limit) {
        return DocumentListJson.from(
                endpoints.list(Callers.of(security), DocumentOwner.library(), documentType, limit));
    }

    @GET
    @Path("{documentId}/")
    @Operation(summary = "Get a tenant document")
    public DocumentJson get(@PathParam("documentId") String documentId) {
        return endpoints.get(Callers.of(security), DocumentOwner.library(), documentId);
    }

    @DELETE
    @Path("{documentId}/")
    @Operation(summary = "Delete a tenant document", description = "400 while a response references it.")
    public Response delete(@PathParam("documentId") String documentId) {
        return endpoints.delete(Callers.of(security), DocumentOwner.library(), documentId);
    }

    @GET
    @Path("{documentId}/download/")
    @Operation(summary = "Get a download link", description = "A single-use proxy URL, valid for 15 minutes.")
    public DownloadLinkJson download(@PathParam("documentId") String documentId) {
        return endpoints.downloadLink(Callers.of(security), DocumentOwner.library(), documentId);
    }

    @POST
    @Path("{documentId}/legal-hold/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Place a legal hold on the document",
            description = "Scope legal_hold; body {\"reason\"}. While held, the document cannot be deleted: 409.")
    public LegalHoldJson placeHold(@PathParam("documentId") String documentId, JsonRequest request) {
        String reason = LegalHoldJson.reasonOf(request);
        return LegalHoldJson.from(
                holds.place(Callers.of(security), HoldTarget.document(LibraryParams.documentId(documentId)), reason));
    }

    @GET
    @Path("{documentId}/legal-hold/")
    @Operation(summary = "The document's legal hold", description = "Scope legal_hold; 404 when it is not held.")
    public LegalHoldJson getHold(@PathParam("documentId") String documentId) {
        return LegalHoldJson.from(
                holds.get(Callers.of(security), HoldTarget.document(LibraryParams.documentId(documentId))));
    }

    @DELETE
    @Path("{documentId}/legal-hold/")
    @Operation(
            summary = "Lift the document's legal hold",
            description = "Scope legal_hold; 204, or 404 when it is not held.")
    public Response liftHold(@PathParam("documentId") String documentId) {
        holds.lift(Callers.of(security), HoldTarget.document(LibraryParams.documentId(documentId)));
        return Response.noContent().build();
    }
}
