package dev.dossier.adapters.rest.library.v2;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.library.AttachmentDownloadLinkJson;
import dev.dossier.adapters.rest.library.AttachmentJson;
import dev.dossier.adapters.rest.library.ResponseEndpoints;
import dev.dossier.adapters.rest.library.ResponseJson;
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

/** Library v2: questionnaire responses and their answer files (v2 has no response-document endpoints). */
@Path("/api/v2/questionnaire-responses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v2: questionnaire responses")
@SecurityRequirement(name = "apiKey")
public class V2QuestionnaireResponseResource {
    @Inject
    ResponseEndpoints endpoints;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a questionnaire response",
            description =
                    "Body: {\"entity_id\", \"file_questions\": [{\"id\": 1, \"document_type\": \"Bank Statement\"}]}.")
    public Response create(JsonRequest request) {
        String body = JsonRequest.textOf(request);
        return endpoints.create(Callers.of(security), body);
    }

    @GET
    @Path("{responseId}/")
    @Operation(summary = "Get a questionnaire response")
    public ResponseJson get(@PathParam("responseId") String responseId) {
        return endpoints.get(Callers.of(security), responseId);
    }

    @POST
    @Path("{responseId}/submit/")
    @Operation(summary = "Submit a response", description = "Marks every answer file is_submitted.")
    public ResponseJson submit(@PathParam("responseId") String responseId) {
        return endpoints.submit(Callers.of(security), responseId);
    }

    @POST
    @Path("{responseId}/answers/files/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload an answer file",
            description =
                    "multipart/form-data: file, document_type, optional classification, expiry_date, file_question_id.")
    public Response upload(
            @PathParam("responseId") String responseId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return endpoints.upload(Callers.of(security), responseId, contentType, body);
    }

    @GET
    @Path("{responseId}/answers/files/")
    @Operation(
            summary = "List answer files",
            description = "Cursor-paginated, newest first: after, before, page_size "
                    + "(default 50, max 100); {\"has_more\", \"next_cursor\", \"prev_cursor\", \"results\"}.")
    public CursorPageJson<AttachmentJson> list(
            @PathParam("responseId") String responseId,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        return endpoints.page(Callers.of(security), responseId, after, before, pageSize);
    }

    @GET
    @Path("{responseId}/answers/files/{fileId}/")
    @Operation(summary = "Get an answer file", description = "{fileId} is the attachment_id.")
    public AttachmentJson getFile(@PathParam("responseId") String responseId, @PathParam("fileId") String fileId) {
        return endpoints.getDocument(Callers.of(security), responseId, fileId);
    }

    @GET
    @Path("{responseId}/answers/files/{fileId}/download/")
    @Operation(summary = "Get a download link for an answer file")
    public AttachmentDownloadLinkJson download(
            @PathParam("responseId") String responseId, @PathParam("fileId") String fileId) {
        return endpoints.downloadLink(Callers.of(security), responseId, fileId);
    }

    @DELETE
    @Path("{responseId}/answers/files/{fileId}/")
    @Operation(summary = "Delete an answer file")
    public Response delete(@PathParam("responseId") String responseId, @PathParam("fileId") String fileId) {
        return endpoints.delete(Callers.of(security), responseId, fileId);
    }
}
