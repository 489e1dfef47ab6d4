package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.Callers;
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

/** Library v1: questionnaire responses and their response documents (attachments). */
@Path("/api/v1/responses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library v1: responses")
@SecurityRequirement(name = "apiKey")
public class V1ResponseResource {
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
    @Operation(summary = "Submit a response", description = "Marks every attachment is_submitted.")
    public ResponseJson submit(@PathParam("responseId") String responseId) {
        return endpoints.submit(Callers.of(security), responseId);
    }

    @POST
    @Path("{responseId}/documents/upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a response document",
            description = "multipart/form-data: file, document_type, optional classification (default entity_private), "
                    + "expiry_date and file_question_id. Answers with the attachment.")
    public Response upload(
            @PathParam("responseId") String responseId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        return endpoints.upload(Callers.of(security), responseId, contentType, body);
    }

    @POST
    @Path("{responseId}/documents/attach/")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Attach an existing document (autofill)",
            description = "Body: {\"document_id\", \"file_question_id\"}: a library document or one of the response"
                    + " entity's.")
    public Response attach(@PathParam("responseId") String responseId, JsonRequest request) {
        String body = JsonRequest.textOf(request);
        return endpoints.attach(Callers.of(security), responseId, body);
    }

    @GET
    @Path("{responseId}/documents/")
    @Operation(summary = "List response documents", description = "The attachments, newest first.")
    public List<AttachmentJson> list(@PathParam("responseId") String responseId) {
        return endpoints.list(Callers.of(security), responseId);
    }

    @GET
    @Path("{responseId}/documents/{attachmentId}/")
    @Operation(summary = "Get one response document by attachment_id")
    public AttachmentJson getDocument(
            @PathParam("responseId") String responseId, @PathParam("attachmentId") String attachmentId) {
        return endpoints.getDocument(Callers.of(security), responseId, attachmentId);
    }

    @GET
    @Path("{responseId}/documents/{attachmentId}/download/")
    @Operation(
            summary = "Get a download link for a response document",
            description = "Use attachment_id, not document.id.")
    public AttachmentDownloadLinkJson download(
            @PathParam("responseId") String responseId, @PathParam("attachmentId") String attachmentId) {
        return endpoints.downloadLink(Callers.of(security), responseId, attachmentId);
    }

    @DELETE
    @Path("{responseId}/documents/{attachmentId}/")
    @Operation(
            summary = "Remove a response document",
            description = "A document uploaded through the response is deleted with its last attachment.")
    public Response delete(@PathParam("responseId") String responseId, @PathParam("attachmentId") String attachmentId) {
        return endpoints.delete(Callers.of(security), responseId, attachmentId);
    }
}
