package dev.dossier.application.service.workflow;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.FulfillmentView;
import dev.dossier.application.port.in.workflow.RequiredDocumentView;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.Review;
import dev.dossier.domain.workflow.DecisionStatus;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Shared reads of the workflow services: the caller's workflow, and the derived views. */
final class WorkflowLookup {
    private final WorkflowRepository workflows;
    private final DocumentRepository documents;

    WorkflowLookup(WorkflowRepository workflows, DocumentRepository documents) {
        this.workflows = workflows;
        this.documents = documents;
    }

    Workflow find(Caller caller, WorkflowId id) {
        return workflows.findById(caller.tenantId(), id).orElseThrow(() -> new NotFoundException("workflow"));
    }

    RequiredDocumentView view(RequiredDocument requirement, List<Fulfillment> ofWorkflow) {
        Optional<Instant> latest = ofWorkflow.stream()
                .filter(f -> f.requiredDocumentId().equals(requirement.id()))
                .map(Fulfillment::createdAt)
                .max(Instant::compareTo);
        return new RequiredDocumentView(
                requirement,
                latest.isPresent() ? RequiredDocumentView.FULFILLED : RequiredDocumentView.INACTIVE,
                latest.orElse(requirement.createdAt()));
    }

    /** The decision comes from the fulfilling document's review (pending, verified, rejected). */
    FulfillmentView view(Fulfillment fulfillment) {
        Optional<Review> review = documents
                .findById(fulfillment.tenantId(), fulfillment.documentId())
                .map(Document::review);
        DecisionStatus decision = review.map(r -> DecisionStatus.of(r.status())).orElse(DecisionStatus.PENDING);
        Instant updated = review.map(Review::decidedAt)
                .filter(at -> at != null && at.isAfter(fulfillment.createdAt()))
                .orElse(fulfillment.createdAt());
        return new FulfillmentView(fulfillment, decision, updated);
    }
}
