package dev.dossier.adapters.rest.business;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.SpooledFile;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.application.port.in.business.BusinessDocumentDetails;
import dev.dossier.application.port.in.business.GetBusinessDocumentUseCase;
import dev.dossier.application.port.in.business.ListBusinessDocumentsQuery;
import dev.dossier.application.port.in.business.ListBusinessDocumentsUseCase;
import dev.dossier.application.port.in.business.ReviewDocumentCommand;
import dev.dossier.application.port.in.business.ReviewDocumentCommand.Decision;
import dev.dossier.application.port.in.business.ReviewDocumentUseCase;
import dev.dossier.application.port.in.business.ReviewHistoryUseCase;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.in.document.UploadDocumentUseCase;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business documents: an entity's documents as the business surface reads, uploads and reviews them. */
@Path("/v1/businesses/{businessId}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Business documents")
@SecurityRequirement(name = "apiKey")
public class BusinessDocumentResource {
    @Inject
    IdempotentRequests idempotent;

    @Inject
    ListBusinessDocumentsUseCase list;

    @Inject
    GetBusinessDocumentUseCase get;

    @Inject
    UploadDocumentUseCase upload;

    @Inject
    ReviewDocumentUseCase review;

    @Inject
    ReviewHistoryUseCase history;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    UploadSpool spool;

    @Context
    SecurityContext security;

    private static DocumentRef ref(Caller caller, String businessId, String documentId) {
        EntityId business = BusinessParams.businessId(businessId);
        DocumentId document = BusinessParams.documentId(documentId);
        return new DocumentRef(caller, DocumentOwner.entity(business), document);
    }

    @GET
    @Operation(
            summary = "List a business's documents",
            description = "Newest first; limit 1–100 (default 50), offset, type and status filters; total_count"
                    + " matches the filters.")
    public BusinessDocumentListJson list(
            @PathParam("businessId") String businessId,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @QueryParam("type") String type,
            @QueryParam("status") String status) {
        Caller caller = Callers.of(security);
        EntityId business = BusinessParams.businessId(businessId);
        BusinessParams.ListParams p = BusinessParams.ListParams.parse(limit, offset, type, status);
        return BusinessDocumentListJson.from(list.list(
                new ListBusinessDocumentsQuery(caller, business, p.type(), p.status(), p.limit(), p.offset())));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a business document",
            description = "multipart/form-data: file (max 10 MB), type (identification, bank_statement, tax_form, "
                    + "contract, license, other), optional user_data (a JSON object; its expiry_date sets the expiry).")
    public Response upload(
            @PathParam("businessId") String businessId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        Caller caller = Callers.of(security);
        DocumentOwner owner = DocumentOwner.entity(BusinessParams.businessId(businessId));
        try (MultipartForm form = MultipartForm.read(contentType, body, "file", spool)) {
            return idempotent.execute(caller, RequestBody.form(form), () -> {
                SpooledFile file = form.file().orElse(null);
                Document document = upload.upload(new UploadDocumentCommand(
                        caller,
                        owner,
                        file == null ? null : file.fileName(),
                        file,
                        null,
                        form.fieldOrNull("classification"),
                        null,
                        new UploadDocumentCommand.BusinessFields(
                                form.fieldOrNull("type"), form.fieldOrNull("user_data"))));
                // a fresh upload is pending, which reads the same on any day
                BusinessDocument created =
                        new BusinessDocument(document, document.review().status());
                return Response.status(201)
                        .entity(BusinessDocumentJson.from(created))
                        .build();
            });
        }
    }

    @GET
    @Path("{documentId}")
    @Operation(summary = "Get a business document", description = "With a fresh single-use download_url (15 minutes).")
    public BusinessDocumentJson get(
            @PathParam("businessId") String businessId, @PathParam("documentId") String documentId) {
        BusinessDocumentDetails details = get.get(ref(Callers.of(security), businessId, documentId));
        return BusinessDocumentJson.from(
                details.document(),
                publicBaseUrl.resolve("/api/v1/files/" + details.link().token() + "/"));
    }

    @POST
    @Path("{documentId}/verify")
    @Operation(summary = "Verify a pending document", description = "Scope review. Any other transition is a 409.")
    public BusinessDocumentJson verify(
            @PathParam("businessId") String businessId,
            @PathParam("documentId") String documentId,
            JsonRequest request) {
        String body = JsonRequest.textOf(request);
        Caller caller = Callers.of(security);
        DocumentRef ref = ref(caller, businessId, documentId);
        if (!body.isBlank()) {
            JsonBody.parse(body, Set.of()).errors().throwIfAny();
        }
        return BusinessDocumentJson.from(review.review(new ReviewDocumentCommand(ref, Decision.VERIFY, null)));
    }

    @POST
    @Path("{documentId}/reject")
    @Operation(
            summary = "Reject a pending document",
            description = "Scope review; body {\"reason\"} (required). Any other transition is a 409.")
    public BusinessDocumentJson reject(
            @PathParam("businessId") String businessId,
            @PathParam("documentId") String documentId,
            JsonRequest request) {
        String body = JsonRequest.textOf(request);
        Caller caller = Callers.of(security);
        DocumentRef ref = ref(caller, businessId, documentId);
        String reason = null;
        if (!body.isBlank()) {
            JsonBody json = JsonBody.parse(body, Set.of("reason"));
            reason = json.string("reason");
            json.errors().throwIfAny();
        }
        return BusinessDocumentJson.from(review.review(new ReviewDocumentCommand(ref, Decision.REJECT, reason)));
    }

    @GET
    @Path("{documentId}/history")
    @Operation(
            summary = "A document's review history",
            description = "Every status change (who, when, from, to, why), newest first.")
    public ReviewHistoryJson history(
            @PathParam("businessId") String businessId, @PathParam("documentId") String documentId) {
        DocumentRef ref = ref(Callers.of(security), businessId, documentId);
        return ReviewHistoryJson.from(BusinessParams.businessId(businessId), ref.documentId(), history.history(ref));
    }
}
