package dev.dossier.adapters.rest.library.v2;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.library.DocumentEndpoints;
import dev.dossier.adapters.rest.library.DocumentJson;
import dev.dossier.adapters.rest.library.DownloadLinkJson;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.domain.document.DocumentOwner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Library v2: documents in the tenant's own library. */
@Path("/api/v2/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v2: tenant documents")
@SecurityRequirement(name = "apiKey")
public class V2TenantDocumentResource {
    @Inject
    DocumentEndpoints endpoints;

    @Context
    SecurityContext security;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a tenant document",
            description =
                    "multipart/form-data: file (max 10 MB), document_type, optional classification and expiry_date.")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return endpoints.upload(Callers.of(security), DocumentOwner.library(), contentType, body);
    }

    @GET
    @Operation(
            summary = "List tenant documents",
            description = "Newest first, cursor-paginated: after=next_cursor (older) or before=prev_cursor (newer), "
                    + "page_size 1–100 (default 50), document_type filter. has_more: more items in the direction "
                    + "of travel; next_cursor/prev_cursor: null when nothing is older/newer.")
    public CursorPageJson<DocumentJson> list(
            @QueryParam("document_type") String documentType,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        return pageJson(
                endpoints.page(Callers.of(security), DocumentOwner.library(), documentType, after, before, pageSize));
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

    private static CursorPageJson<DocumentJson> pageJson(DocumentPage page) {
        return CursorPageJson.of(
                page.cursors(),
                page.documents().stream().map(DocumentJson::from).toList());
    }
}
