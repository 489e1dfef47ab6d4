package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.idempotency.IdempotentRequests;
import dev.dossier.adapters.rest.idempotency.RequestBody;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.SpooledFile;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.AttachDocumentCommand;
import dev.dossier.application.port.in.response.AttachDocumentUseCase;
import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.CreateResponseCommand;
import dev.dossier.application.port.in.response.CreateResponseUseCase;
import dev.dossier.application.port.in.response.DeleteResponseDocumentUseCase;
import dev.dossier.application.port.in.response.FileQuestionInput;
import dev.dossier.application.port.in.response.GetResponseDocumentUseCase;
import dev.dossier.application.port.in.response.GetResponseUseCase;
import dev.dossier.application.port.in.response.IssueResponseDocumentLinkUseCase;
import dev.dossier.application.port.in.response.ListResponseDocumentsUseCase;
import dev.dossier.application.port.in.response.SubmitResponseUseCase;
import dev.dossier.application.port.in.response.UploadResponseDocumentCommand;
import dev.dossier.application.port.in.response.UploadResponseDocumentUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The questionnaire-response operations both Library versions share; the v1 and v2 resources
 * only name the paths. Request bodies are read here, the rules live in the use cases.
 */
@ApplicationScoped
public class ResponseEndpoints {
    @Inject
    CreateResponseUseCase create;

    @Inject
    GetResponseUseCase get;

    @Inject
    SubmitResponseUseCase submit;

    @Inject
    UploadResponseDocumentUseCase upload;

    @Inject
    AttachDocumentUseCase attach;

    @Inject
    ListResponseDocumentsUseCase list;

    @Inject
    GetResponseDocumentUseCase getDocument;

    @Inject
    IssueResponseDocumentLinkUseCase issueLink;

    @Inject
    DeleteResponseDocumentUseCase delete;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    UploadSpool spool;

    @Inject
    IdempotentRequests idempotent;

    public Response create(Caller caller, String body) {
        return idempotent.execute(caller, RequestBody.json(body), () -> createOnce(caller, body));
    }

    private Response createOnce(Caller caller, String body) {
        JsonBody json = JsonBody.parse(body, Set.of("entity_id", "file_questions"));
        String entityId = json.string("entity_id");
        List<JsonObject> questions = json.objectList("file_questions");
        List<FileQuestionInput> inputs = new ArrayList<>();
        if (questions != null) {
            for (JsonObject q : questions) {
                inputs.add(new FileQuestionInput(integer(q.get("id")), text(q.get("document_type"))));
            }
        }
        json.errors().throwIfAny();
        var response = create.create(new CreateResponseCommand(caller, entityId, inputs));
        return Response.status(201).entity(ResponseJson.from(response)).build();
    }

    public ResponseJson get(Caller caller, String responseId) {
        return ResponseJson.from(get.get(caller, LibraryParams.responseId(responseId)));
    }

    public ResponseJson submit(Caller caller, String responseId) {
        return ResponseJson.from(submit.submit(caller, LibraryParams.responseId(responseId)));
    }

    public Response upload(Caller caller, String responseId, String contentType, InputStream body) {
        var id = LibraryParams.responseId(responseId);
        try (MultipartForm form = MultipartForm.read(contentType, body, "file", spool)) {
            return idempotent.execute(caller, RequestBody.form(form), () -> {
                SpooledFile file = form.file().orElse(null);
                var view = upload.upload(new UploadResponseDocumentCommand(
                        caller,
                        id,
                        file == null ? null : file.fileName(),
                        file,
                        form.fieldOrNull("document_type"),
                        form.fieldOrNull("classification"),
                        form.fieldOrNull("expiry_date"),
                        form.fieldOrNull("file_question_id")));
                return Response.status(201).entity(AttachmentJson.from(view)).build();
            });
        }
    }

    public Response attach(Caller caller, String responseId, String body) {
        var id = LibraryParams.responseId(responseId);
        return idempotent.execute(caller, RequestBody.json(body), () -> attachOnce(caller, id, body));
    }

    private Response attachOnce(Caller caller, dev.dossier.domain.attachment.ResponseId id, String body) {
        JsonBody json = JsonBody.parse(body, Set.of("document_id", "file_question_id"));
        String documentId = json.string("document_id");
        String questionId = json.integerText("file_question_id");
        json.errors().throwIfAny();
        var view = attach.attach(new AttachDocumentCommand(caller, id, documentId, questionId));
        return Response.status(201).entity(AttachmentJson.from(view)).build();
    }

    public List<AttachmentJson> list(Caller caller, String responseId) {
        return list.list(caller, LibraryParams.responseId(responseId)).stream()
                .map(AttachmentJson::from)
                .toList();
    }

    public CursorPageJson<AttachmentJson> page(
            Caller caller, String responseId, String after, String before, String pageSize) {
        var id = LibraryParams.responseId(responseId);
        return CursorPageJson.from(
                list.page(caller, id, PageRequest.parse(after, before, pageSize)), AttachmentJson::from);
    }

    public AttachmentJson getDocument(Caller caller, String responseId, String attachmentId) {
        return AttachmentJson.from(getDocument.get(ref(caller, responseId, attachmentId)));
    }

    public AttachmentDownloadLinkJson downloadLink(Caller caller, String responseId, String attachmentId) {
        return AttachmentDownloadLinkJson.from(issueLink.issue(ref(caller, responseId, attachmentId)), publicBaseUrl);
    }

    public Response delete(Caller caller, String responseId, String attachmentId) {
        delete.delete(ref(caller, responseId, attachmentId));
        return Response.noContent().build();
    }

    private static AttachmentRef ref(Caller caller, String responseId, String attachmentId) {
        return new AttachmentRef(
                caller, LibraryParams.responseId(responseId), LibraryParams.attachmentId(attachmentId));
    }

    private static Integer integer(JsonValue v) {
        return v instanceof JsonNumber n
                        && n.isIntegral()
                        && n.bigIntegerValue().bitLength() < 32
                ? n.intValue()
                : null;
    }

    private static String text(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : null;
    }
}
