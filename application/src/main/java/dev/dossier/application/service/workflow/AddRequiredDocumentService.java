package dev.dossier.application.service.workflow;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentCommand;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentUseCase;
import dev.dossier.application.port.in.workflow.RequiredDocumentView;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;

/** Use case: add a required document to an open workflow. */
public final class AddRequiredDocumentService implements AddRequiredDocumentUseCase {
    private final WorkflowRepository workflows;
    private final TimeSource time;
    private final UnitOfWork tx;

    public AddRequiredDocumentService(WorkflowRepository workflows, TimeSource time, UnitOfWork tx) {
        this.workflows = workflows;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public RequiredDocumentView add(AddRequiredDocumentCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        FieldErrors errors = new FieldErrors();
        errors.capture(() -> RequiredDocument.validCode(c.documentTypeCode()));
        errors.capture(() -> RequiredDocument.validName(c.name()));
        errors.capture(() -> RequiredDocument.validRequirementText(c.requirementText()));
        errors.throwIfAny();
        RequiredDocument added = tx.inTransaction(() -> {
            Workflow workflow = workflows
                    .findByIdForUpdate(c.caller().tenantId(), c.workflowId())
                    .orElseThrow(() -> new NotFoundException("workflow"));
            RequiredDocument requirement =
                    RequiredDocument.create(workflow, c.documentTypeCode(), c.name(), c.requirementText(), time.now());
            workflows.saveRequiredDocument(requirement);
            return requirement;
        });
        return new RequiredDocumentView(added, RequiredDocumentView.INACTIVE, added.createdAt());
    }
}
