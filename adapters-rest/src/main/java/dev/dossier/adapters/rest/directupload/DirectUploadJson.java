package dev.dossier.adapters.rest.directupload;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.port.in.directupload.CreatedDirectUpload;
import dev.dossier.application.port.in.directupload.DirectUploadView;
import dev.dossier.application.port.in.workflow.FulfillmentView;
import dev.dossier.application.port.in.workflow.RequiredDocumentView;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** The JSON objects of the direct-upload surface. */
public final class DirectUploadJson {
    private DirectUploadJson() {}

    /** document.create's document: where and how to upload. */
    @JsonbPropertyOrder({"documentId", "uploadUrl", "presignValues"})
    public record CreatedDocument(String documentId, String uploadUrl, Map<String, String> presignValues) {
        static CreatedDocument from(CreatedDirectUpload created) {
            return new CreatedDocument(
                    IdPrefixes.of(IdPrefixes.DOCUMENT, created.upload().id().value()),
                    created.form().url(),
                    created.form().fields());
        }
    }

    /** document.get's document: the file and its upload status. */
    @JsonbPropertyOrder({
        "documentId",
        "subjectRecordId",
        "fileName",
        "fileSizeInBytes",
        "contentType",
        "uploadStatus",
        "failureReason",
        "sha256",
        "createdAt",
        "updatedAt"
    })
    public record DocumentStatus(
            String documentId,
            String subjectRecordId,
            String fileName,
            long fileSizeInBytes,
            String contentType,
            String uploadStatus,
            String failureReason,
            String sha256,
            String createdAt,
            String updatedAt) {
        static DocumentStatus from(DirectUploadView v) {
            return new DocumentStatus(
                    IdPrefixes.of(IdPrefixes.DOCUMENT, v.documentId().value()),
                    v.subjectRecordId() == null
                            ? null
                            : IdPrefixes.of(
                                    IdPrefixes.SUBJECT_RECORD,
                                    v.subjectRecordId().value()),
                    v.fileName(),
                    v.size(),
                    v.contentType(),
                    v.status().name(),
                    v.failureReason(),
                    v.sha256(),
                    Timestamps.utc(v.createdAt()),
                    Timestamps.utc(v.updatedAt()));
        }
    }

    @JsonbPropertyOrder({"workflowId", "subjectRecordId", "workflowType", "workflowStatus", "createdAt", "updatedAt"})
    public record WorkflowJson(
            String workflowId,
            String subjectRecordId,
            String workflowType,
            String workflowStatus,
            String createdAt,
            String updatedAt) {
        static WorkflowJson from(Workflow w) {
            return new WorkflowJson(
                    IdPrefixes.of(IdPrefixes.WORKFLOW, w.id().value()),
                    IdPrefixes.of(IdPrefixes.SUBJECT_RECORD, w.subjectRecordId().value()),
                    w.type().name(),
                    w.status().name(),
                    Timestamps.utc(w.createdAt()),
                    Timestamps.utc(w.updatedAt()));
        }
    }

    @JsonbPropertyOrder({
        "requiredDocumentId",
        "workflowId",
        "documentTypeCode",
        "name",
        "category",
        "requirementText",
        "requiredDocumentStatus",
        "createdAt",
        "updatedAt"
    })
    public record RequiredDocumentJson(
            String requiredDocumentId,
            String workflowId,
            String documentTypeCode,
            String name,
            String category,
            String requirementText,
            String requiredDocumentStatus,
            String createdAt,
            String updatedAt) {
        static RequiredDocumentJson from(RequiredDocumentView v) {
            RequiredDocument r = v.requiredDocument();
            return new RequiredDocumentJson(
                    IdPrefixes.of(IdPrefixes.REQUIRED_DOCUMENT, r.id().value()),
                    IdPrefixes.of(IdPrefixes.WORKFLOW, r.workflowId().value()),
                    r.documentTypeCode(),
                    r.name(),
                    r.category(),
                    r.requirementText(),
                    v.status(),
                    Timestamps.utc(r.createdAt()),
                    Timestamps.utc(v.updatedAt()));
        }
    }

    @JsonbPropertyOrder({"fulfillmentId", "requiredDocumentId", "documentId", "decisionStatus", "createdAt", "updatedAt"
    })
    public record FulfillmentJson(
            String fulfillmentId,
            String requiredDocumentId,
            String documentId,
            String decisionStatus,
            String createdAt,
            String updatedAt) {
        static FulfillmentJson from(FulfillmentView v) {
            var f = v.fulfillment();
            return new FulfillmentJson(
                    IdPrefixes.of(IdPrefixes.FULFILLMENT, f.id().value()),
                    IdPrefixes.of(
                            IdPrefixes.REQUIRED_DOCUMENT, f.requiredDocumentId().value()),
                    IdPrefixes.of(IdPrefixes.DOCUMENT, f.documentId().value()),
                    v.decisionStatus().name(),
                    Timestamps.utc(f.createdAt()),
                    Timestamps.utc(v.updatedAt()));
        }
    }
}
