package dev.dossier.application.fakes;

import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link WorkflowRepository}; workflows are stored as copies. */
public final class InMemoryWorkflowRepository implements WorkflowRepository {
    private final Map<WorkflowId, Workflow> workflows = new LinkedHashMap<>();
    private final List<RequiredDocument> requirements = new ArrayList<>();
    private final List<Fulfillment> fulfillments = new ArrayList<>();

    private static Workflow copy(Workflow w) {
        return Workflow.reconstitute(
                w.id(), w.tenantId(), w.subjectRecordId(), w.type(), w.status(), w.createdAt(), w.updatedAt());
    }

    @Override
    public synchronized void save(Workflow workflow) {
        workflows.put(workflow.id(), copy(workflow));
    }

    @Override
    public synchronized Optional<Workflow> findById(TenantId tenantId, WorkflowId id) {
        return Optional.ofNullable(workflows.get(id))
                .filter(w -> w.tenantId().equals(tenantId))
                .map(InMemoryWorkflowRepository::copy);
    }

    @Override
    public Optional<Workflow> findByIdForUpdate(TenantId tenantId, WorkflowId id) {
        return findById(tenantId, id);
    }

    @Override
    public synchronized void saveRequiredDocument(RequiredDocument requiredDocument) {
        requirements.add(requiredDocument);
    }

    @Override
    public synchronized List<RequiredDocument> listRequiredDocuments(TenantId tenantId, WorkflowId workflowId) {
        return requirements.stream()
                .filter(r -> r.tenantId().equals(tenantId) && r.workflowId().equals(workflowId))
                .sorted(Comparator.comparing(RequiredDocument::createdAt).reversed())
                .toList();
    }

    @Override
    public synchronized void saveFulfillments(List<Fulfillment> added) {
        fulfillments.addAll(added);
    }

    @Override
    public synchronized List<Fulfillment> listFulfillments(TenantId tenantId, WorkflowId workflowId) {
        return fulfillments.stream()
                .filter(f -> f.tenantId().equals(tenantId) && f.workflowId().equals(workflowId))
                .sorted(Comparator.comparing(Fulfillment::createdAt).reversed())
                .toList();
    }
}
