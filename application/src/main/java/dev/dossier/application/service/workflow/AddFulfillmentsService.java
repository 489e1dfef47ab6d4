package dev.dossier.application.service.workflow;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.workflow.AddFulfillmentsCommand;
import dev.dossier.application.port.in.workflow.AddFulfillmentsUseCase;
import dev.dossier.application.port.in.workflow.FulfillmentItem;
import dev.dossier.application.port.in.workflow.FulfillmentView;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use case: link documents to required documents, all or nothing, in one transaction that holds
 * the workflow's lock (so a concurrent completion cannot slip between the check and the insert).
 * Each item is checked: the required document belongs to this workflow, the document exists in
 * the tenant, is COMPLETE (a promoted direct upload or any entity document) and belongs to the
 * workflow's subject record, and the pair is not linked already (nor twice in the batch).
 */
public final class AddFulfillmentsService implements AddFulfillmentsUseCase {
    public static final int MAX_ITEMS = 100;

    private final WorkflowRepository workflows;
    private final DocumentRepository documents;
    private final DirectUploadRepository uploads;
    private final WorkflowLookup lookup;
    private final TimeSource time;
    private final UnitOfWork tx;

    public AddFulfillmentsService(
            WorkflowRepository workflows,
            DocumentRepository documents,
            DirectUploadRepository uploads,
            TimeSource time,
            UnitOfWork tx) {
        this.workflows = workflows;
        this.documents = documents;
        this.uploads = uploads;
        this.lookup = new WorkflowLookup(workflows, documents);
        this.time = time;
        this.tx = tx;
    }

    @Override
    public List<FulfillmentView> add(AddFulfillmentsCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        if (c.items().isEmpty()) {
            throw dev.dossier.application.error.ValidationException.of(
                    "fulfillments", "At least one fulfillment is required.");
        }
        if (c.items().size() > MAX_ITEMS) {
            throw dev.dossier.application.error.ValidationException.of(
                    "fulfillments", "Ensure this list has no more than " + MAX_ITEMS + " items.");
        }
        return tx.inTransaction(() -> {
            Workflow workflow = workflows
                    .findByIdForUpdate(c.caller().tenantId(), c.workflowId())
                    .orElseThrow(() -> new NotFoundException("workflow"));
            workflow.requireOpen();
            Map<RequiredDocumentId, RequiredDocument> requirements =
                    workflows.listRequiredDocuments(workflow.tenantId(), workflow.id()).stream()
                            .collect(Collectors.toMap(RequiredDocument::id, Function.identity()));
            Set<String> linked = new HashSet<>();
            workflows
                    .listFulfillments(workflow.tenantId(), workflow.id())
                    .forEach(f -> linked.add(f.requiredDocumentId() + "/" + f.documentId()));
            FieldErrors errors = new FieldErrors();
            Instant now = time.now();
            List<Fulfillment> added = new ArrayList<>();
            for (int i = 0; i < c.items().size(); i++) {
                FulfillmentItem item = c.items().get(i);
                String at = "fulfillments[" + i + "].";
                if (!requirements.containsKey(item.requiredDocumentId())) {
                    errors.add(at + "required_document_id", "No such required document in this workflow.");
                }
                documentProblem(workflow, item).ifPresent(p -> errors.add(at + "document_id", p));
                if (!linked.add(item.requiredDocumentId() + "/" + item.documentId())) {
                    errors.add(at + "document_id", "This document already fulfils this required document.");
                }
                added.add(Fulfillment.create(workflow, item.requiredDocumentId(), item.documentId(), now));
            }
            errors.throwIfAny();
            workflows.saveFulfillments(added);
            return added.stream().map(lookup::view).toList();
        });
    }

    private Optional<String> documentProblem(Workflow workflow, FulfillmentItem item) {
        Optional<Document> document = documents.findById(workflow.tenantId(), item.documentId());
        if (document.isEmpty()) {
            return Optional.of(uploads.findById(workflow.tenantId(), item.documentId())
                    .map(u -> "The document is not COMPLETE (upload_status " + u.status() + ").")
                    .orElse("No such document."));
        }
        if (!document.get().isOwnedBy(DocumentOwner.entity(workflow.subjectRecordId()))) {
            return Optional.of("The document belongs to another subject record.");
        }
        return Optional.empty();
    }
}
