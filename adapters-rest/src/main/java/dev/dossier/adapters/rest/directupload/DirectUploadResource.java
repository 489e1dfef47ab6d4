package dev.dossier.adapters.rest.directupload;

import dev.dossier.adapters.rest.auth.Callers;
import dev.dossier.adapters.rest.directupload.DirectUploadJson.CreatedDocument;
import dev.dossier.adapters.rest.directupload.DirectUploadJson.DocumentStatus;
import dev.dossier.adapters.rest.directupload.DirectUploadJson.FulfillmentJson;
import dev.dossier.adapters.rest.directupload.DirectUploadJson.RequiredDocumentJson;
import dev.dossier.adapters.rest.directupload.DirectUploadJson.WorkflowJson;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.directupload.CreateDirectUploadCommand;
import dev.dossier.application.port.in.directupload.CreateDirectUploadUseCase;
import dev.dossier.application.port.in.directupload.GetDirectUploadUseCase;
import dev.dossier.application.port.in.workflow.AddFulfillmentsCommand;
import dev.dossier.application.port.in.workflow.AddFulfillmentsUseCase;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentCommand;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentUseCase;
import dev.dossier.application.port.in.workflow.CompleteWorkflowUseCase;
import dev.dossier.application.port.in.workflow.CreateWorkflowCommand;
import dev.dossier.application.port.in.workflow.CreateWorkflowUseCase;
import dev.dossier.application.port.in.workflow.FulfillmentItem;
import dev.dossier.application.port.in.workflow.ListFulfillmentsUseCase;
import dev.dossier.application.port.in.workflow.ListRequiredDocumentsUseCase;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.WorkflowId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The direct-upload and workflow surface: RPC-style {@code POST /<method>} calls with a JSON body,
 * answered as {@code {"data": {...}}}. IdPrefixes are prefixed base62 (plain UUIDs are accepted too).
 */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Direct uploads and workflows")
@SecurityRequirement(name = "apiKey")
public class DirectUploadResource {
    @Inject
    IdempotentRequests idempotent;

    @Inject
    CreateDirectUploadUseCase createDocument;

    @Inject
    GetDirectUploadUseCase getDocument;

    @Inject
    CreateWorkflowUseCase createWorkflow;

    @Inject
    CompleteWorkflowUseCase completeWorkflow;

    @Inject
    AddRequiredDocumentUseCase addRequiredDocument;

    @Inject
    ListRequiredDocumentsUseCase listRequiredDocuments;

    @Inject
    AddFulfillmentsUseCase addFulfillments;

    @Inject
    ListFulfillmentsUseCase listFulfillments;

    @Context
    SecurityContext security;

    @POST
    @Path("document.create")
    @Operation(
            summary = "Create a document and get its upload form",
            description = "Body: {\"subject_record_id\", \"file_name\", \"file_size_in_bytes\"}. Returns document_id, "
                    + "upload_url and presign_values: POST them as multipart/form-data, the file last; 204 on success. "
                    + "The form expires after 5 minutes and enforces the exact size and the content type.")
    public Response createDocument(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            return idempotent.execute(caller, RequestBody.json(body), () -> {
                RpcBody json = RpcBody.parse(body, Set.of("subject_record_id", "file_name", "file_size_in_bytes"));
                UUID subject = json.id("subject_record_id", IdPrefixes.SUBJECT_RECORD);
                String fileName = json.string("file_name", true);
                Long size = json.integer("file_size_in_bytes");
                json.errors().throwIfAny();
                var created = createDocument.create(
                        new CreateDirectUploadCommand(caller, new EntityId(subject), fileName, size));
                return Response.ok(Envelope.of("document", CreatedDocument.from(created)))
                        .build();
            });
        });
    }

    @POST
    @Path("document.get")
    @Operation(
            summary = "Get a document with its upload_status",
            description = "Body: {\"document_id\"}. upload_status is PENDING until the file has arrived and been "
                    + "checked, then COMPLETE, or FAILED with a failure_reason.")
    public Response getDocument(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            RpcBody json = RpcBody.parse(body, Set.of("document_id"));
            UUID id = json.id("document_id", IdPrefixes.DOCUMENT);
            json.errors().throwIfAny();
            return Response.ok(
                            Envelope.of("document", DocumentStatus.from(getDocument.get(caller, new DocumentId(id)))))
                    .build();
        });
    }

    @POST
    @Path("workflow.create")
    @Operation(
            summary = "Create a workflow for a subject record",
            description = "Body: {\"subject_record_id\", \"workflow_type\": BUSINESS_APPLICATION|BUSINESS_UNDERWRITING|"
                    + "ACCOUNT_PROVISIONING}.")
    public Response createWorkflow(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            return idempotent.execute(caller, RequestBody.json(body), () -> {
                RpcBody json = RpcBody.parse(body, Set.of("subject_record_id", "workflow_type"));
                UUID subject = json.id("subject_record_id", IdPrefixes.SUBJECT_RECORD);
                String type = json.string("workflow_type", true);
                json.errors().throwIfAny();
                var workflow = createWorkflow.create(new CreateWorkflowCommand(caller, new EntityId(subject), type));
                return Response.ok(Envelope.of("workflow", WorkflowJson.from(workflow)))
                        .build();
            });
        });
    }

    @POST
    @Path("workflow.complete")
    @Operation(
            summary = "Complete a workflow",
            description = "Body: {\"workflow_id\"}. It then takes no more " + "required documents or fulfillments.")
    public Response completeWorkflow(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            RpcBody json = RpcBody.parse(body, Set.of("workflow_id"));
            UUID id = json.id("workflow_id", IdPrefixes.WORKFLOW);
            json.errors().throwIfAny();
            return Response.ok(Envelope.of(
                            "workflow", WorkflowJson.from(completeWorkflow.complete(caller, new WorkflowId(id)))))
                    .build();
        });
    }

    @POST
    @Path("workflow.requiredDocument.add")
    @Operation(
            summary = "Add a required document to a workflow",
            description = "Body: {\"workflow_id\", \"document_type_code\", \"name\", \"requirement_text\"}.")
    public Response addRequiredDocument(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            return idempotent.execute(caller, RequestBody.json(body), () -> {
                RpcBody json =
                        RpcBody.parse(body, Set.of("workflow_id", "document_type_code", "name", "requirement_text"));
                UUID workflow = json.id("workflow_id", IdPrefixes.WORKFLOW);
                String code = json.string("document_type_code", true);
                String name = json.string("name", true);
                String text = json.string("requirement_text", false);
                json.errors().throwIfAny();
                var added = addRequiredDocument.add(
                        new AddRequiredDocumentCommand(caller, new WorkflowId(workflow), code, name, text));
                return Response.ok(Envelope.of("required_document", RequiredDocumentJson.from(added)))
                        .build();
            });
        });
    }

    @POST
    @Path("workflow.requiredDocument.list")
    @Operation(summary = "List a workflow's required documents", description = "Body: {\"workflow_id\"}. Newest first.")
    public Response listRequiredDocuments(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            RpcBody json = RpcBody.parse(body, Set.of("workflow_id"));
            UUID workflow = json.id("workflow_id", IdPrefixes.WORKFLOW);
            json.errors().throwIfAny();
            List<RequiredDocumentJson> items = listRequiredDocuments.list(caller, new WorkflowId(workflow)).stream()
                    .map(RequiredDocumentJson::from)
                    .toList();
            return Response.ok(Envelope.of("required_documents", items)).build();
        });
    }

    @POST
    @Path("workflow.requiredDocument.fulfillment.batchAdd")
    @Operation(
            summary = "Link documents to required documents",
            description = "Body: {\"workflow_id\", \"fulfillments\": [{\"required_document_id\", \"document_id\"}]}. "
                    + "All or nothing: any bad item adds nothing and the error names it (fulfillments[i].field).")
    public Response addFulfillments(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            return idempotent.execute(caller, RequestBody.json(body), () -> {
                RpcBody json = RpcBody.parse(body, Set.of("workflow_id", "fulfillments"));
                UUID workflow = json.id("workflow_id", IdPrefixes.WORKFLOW);
                List<FulfillmentItem> items = new ArrayList<>();
                for (RpcBody item : json.objects("fulfillments", Set.of("required_document_id", "document_id"))) {
                    UUID requirement = item.id("required_document_id", IdPrefixes.REQUIRED_DOCUMENT);
                    UUID document = item.id("document_id", IdPrefixes.DOCUMENT);
                    if (requirement != null && document != null) {
                        items.add(new FulfillmentItem(new RequiredDocumentId(requirement), new DocumentId(document)));
                    }
                }
                json.errors().throwIfAny();
                List<FulfillmentJson> added =
                        addFulfillments
                                .add(new AddFulfillmentsCommand(caller, new WorkflowId(workflow), items))
                                .stream()
                                .map(FulfillmentJson::from)
                                .toList();
                return Response.ok(Envelope.of("fulfillments", added)).build();
            });
        });
    }

    @POST
    @Path("workflow.requiredDocument.fulfillment.list")
    @Operation(
            summary = "List a workflow's fulfillments",
            description = "Body: {\"workflow_id\", optional \"required_document_id\"}. Newest first; decision_status "
                    + "follows the document's review (PENDING, APPROVED, REJECTED).")
    public Response listFulfillments(JsonRequest request) {
        return RpcErrors.call(() -> {
            String body = JsonRequest.textOf(request);
            Caller caller = Callers.of(security);
            RpcBody json = RpcBody.parse(body, Set.of("workflow_id", "required_document_id"));
            UUID workflow = json.id("workflow_id", IdPrefixes.WORKFLOW);
            UUID requirement = json.optionalId("required_document_id", IdPrefixes.REQUIRED_DOCUMENT);
            json.errors().throwIfAny();
            List<FulfillmentJson> items = listFulfillments
                    .list(
                            caller,
                            new WorkflowId(workflow),
                            requirement == null ? null : new RequiredDocumentId(requirement))
                    .stream()
                    .map(FulfillmentJson::from)
                    .toList();
            return Response.ok(Envelope.of("fulfillments", items)).build();
        });
    }
}
