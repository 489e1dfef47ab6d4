package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.library.DocumentEndpoints;
import dev.dossier.adapters.rest.library.DocumentJson;
import dev.dossier.adapters.rest.library.DownloadLinkJson;
import dev.dossier.adapters.rest.library.LibraryParams;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.domain.document.DocumentOwner;
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

/** Library v1: documents attached to one entity. */
@Path("/api/v1/entities/{entityId}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v1: entity documents")
@SecurityRequirement(name = "apiKey")
public class V1EntityDocumentResource {
    @Inject
    DocumentEndpoints endpoints;

    @Context
    SecurityContext security;

    /** A v1 entity document list. */
    @JsonbPropertyOrder({"count", "entityId", "entityName", "documents"})
    public record EntityDocumentListJson(long count, String entityId, String entityName, List<DocumentJson> documents) {
        static EntityDocumentListJson from(DocumentPage page) {
            var entity = page.entity().orElseThrow();
            return new EntityDocumentListJson(
                    page.totalCount(),
                    entity.id().toString(),
                    entity.name(),
                    page.documents().stream().map(DocumentJson::from).toList());
        }
    }

    private static DocumentOwner owner(String entityId) {
        return DocumentOwner.entity(LibraryParams.entityId(entityId));
    }

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload an entity document",
            description =
                    "multipart/form-data: file (max 10 MB), document_type, optional classification and expiry_date. "
                            + IdempotentRequests.DESCRIPTION)
    public Response upload(
            @PathParam("entityId") String entityId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return endpoints.upload(Callers.of(security), owner(entityId), contentType, body);
    }

    @GET
    @Operation(
            summary = "List an entity's documents",
            description = "Newest first; document_type filter; limit 1–1000, default 100.")
    public EntityDocumentListJson list(
            @PathParam("entityId") String entityId,
            @QueryParam("document_type") String documentType,
            @QueryParam("limit") String limit) {
        return EntityDocumentListJson.from(endpoints.list(Callers.of(security), owner(entityId), documentType, limit));
    }

    @GET
    @Path("{documentId}/")
    @Operation(summary = "Get an entity document")
    public DocumentJson get(@PathParam("entityId") String entityId, @PathParam("documentId") String documentId) {
        return endpoints.get(Callers.of(security), owner(entityId), documentId);
    }

    @DELETE
    @Path("{documentId}/")
    @Operation(summary = "Delete an entity document", description = "400 while a response references it.")
    public Response delete(@PathParam("entityId") String entityId, @PathParam("documentId") String documentId) {
        return endpoints.delete(Callers.of(security), owner(entityId), documentId);
    }

    @GET
    @Path("{documentId}/download/")
    @Operation(summary = "Get a download link", description = "A single-use proxy URL, valid for 15 minutes.")
    public DownloadLinkJson download(
            @PathParam("entityId") String entityId, @PathParam("documentId") String documentId) {
        return endpoints.downloadLink(Callers.of(security), owner(entityId), documentId);
    }
}
