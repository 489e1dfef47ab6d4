package dev.dossier.adapters.rest.library.v2;

import dev.dossier.adapters.rest.auth.Callers;
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

/** Library v2: documents attached to one entity; uploaded by POST to the list itself. */
@Path("/api/v2/entities/{entityId}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v2: entity documents")
@SecurityRequirement(name = "apiKey")
public class V2EntityDocumentResource {
    @Inject
    DocumentEndpoints endpoints;

    @Context
    SecurityContext security;

    /** A v2 entity document list: v1's count and entity fields, then one cursor page. */
    @JsonbPropertyOrder({"count", "entityId", "entityName", "hasMore", "nextCursor", "prevCursor", "results"})
    public record EntityDocumentCursorPageJson(
            long count,
            String entityId,
            String entityName,
            boolean hasMore,
            String nextCursor,
            String prevCursor,
            List<DocumentJson> results) {
        static EntityDocumentCursorPageJson from(DocumentPage page) {
            var entity = page.entity().orElseThrow();
            var cursors = page.cursors();
            return new EntityDocumentCursorPageJson(
                    page.totalCount(),
                    entity.id().toString(),
                    entity.name(),
                    cursors.hasMore(),
                    cursors.nextCursor().orElse(null),
                    cursors.prevCursor().orElse(null),
                    page.documents().stream().map(DocumentJson::from).toList());
        }
    }

    private static DocumentOwner owner(String entityId) {
        return DocumentOwner.entity(LibraryParams.entityId(entityId));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload an entity document",
            description =
                    "multipart/form-data: file (max 10 MB), document_type, optional classification and expiry_date.")
    public Response upload(
            @PathParam("entityId") String entityId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return endpoints.upload(Callers.of(security), owner(entityId), contentType, body);
    }

    @GET
    @Operation(
            summary = "List an entity's documents",
            description = "Newest first, cursor-paginated: after=next_cursor (older) or before=prev_cursor (newer), "
                    + "page_size 1–100 (default 50), document_type filter. count is the number of documents "
                    + "matching the filter, on every page.")
    public EntityDocumentCursorPageJson list(
            @PathParam("entityId") String entityId,
            @QueryParam("document_type") String documentType,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        return EntityDocumentCursorPageJson.from(
                endpoints.page(Callers.of(security), owner(entityId), documentType, after, before, pageSize));
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
