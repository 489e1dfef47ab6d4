package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.WorkflowRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.workflow.Fulfillment;
import dev.dossier.domain.workflow.RequiredDocument;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowStatus;
import dev.dossier.domain.workflow.WorkflowType;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of {@link WorkflowRepository}, run on every database. */
abstract class AbstractWorkflowRepositoryTest extends PersistenceContractTest {
    private WorkflowRepository repository() {
        return new JpaWorkflowRepository(em);
    }

    private Workflow givenWorkflow(Tenant tenant, Entity subject) {
        Workflow workflow = Workflow.create(tenant.id(), subject.id(), WorkflowType.BUSINESS_APPLICATION, T0);
        inTx(() -> repository().save(workflow));
        return workflow;
    }

    private RequiredDocument givenRequirement(Workflow workflow, String code, int second) {
        RequiredDocument r =
                RequiredDocument.create(workflow, code, code + " document", "Required", T0.plusSeconds(second));
        inTx(() -> repository().saveRequiredDocument(r));
        return r;
    }

    @Test
    void givenSavedWorkflow_whenFound_thenItRoundTripsAndCompletionIsKept() {
        Tenant tenant = givenTenant();
        Workflow workflow = givenWorkflow(tenant, givenEntity(tenant));

        Workflow found = repository().findById(tenant.id(), workflow.id()).orElseThrow();
        assertThat(found.type()).isEqualTo(WorkflowType.BUSINESS_APPLICATION);
        assertThat(found.status()).isEqualTo(WorkflowStatus.IN_PROGRESS);
        assertThat(found.createdAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MICROS));

        found.complete(T0.plusSeconds(5));
        inTx(() -> repository().save(found));
        assertThat(inTx(() -> repository().findByIdForUpdate(tenant.id(), workflow.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(WorkflowStatus.COMPLETED);
        assertThat(repository().findById(givenTenant().id(), workflow.id())).isEmpty();
    }

    @Test
    void givenRequirementsAndFulfillments_whenListed_thenNewestFirstAndOnlyTheWorkflows() {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        Workflow workflow = givenWorkflow(tenant, subject);
        Workflow other = givenWorkflow(tenant, subject);
        RequiredDocument passport = givenRequirement(workflow, "PASSPORT", 1);
        RequiredDocument statement = givenRequirement(workflow, "BANK_STATEMENT", 2);
        givenRequirement(other, "PASSPORT", 3);
        Document document = givenDocument(tenant, DocumentOwner.entity(subject.id()), "Passport", T0);

        Fulfillment first = Fulfillment.create(workflow, passport.id(), document.id(), T0.plusSeconds(10));
        Fulfillment second = Fulfillment.create(workflow, statement.id(), document.id(), T0.plusSeconds(11));
        inTx(() -> repository().saveFulfillments(List.of(first, second)));

        assertThat(repository().listRequiredDocuments(tenant.id(), workflow.id()))
                .extracting(RequiredDocument::documentTypeCode)
                .containsExactly("BANK_STATEMENT", "PASSPORT");
        assertThat(repository().listFulfillments(tenant.id(), workflow.id()))
                .containsExactly(
                        new Fulfillment(
                                second.id(),
                                tenant.id(),
                                workflow.id(),
                                statement.id(),
                                document.id(),
                                T0.plusSeconds(11).truncatedTo(ChronoUnit.MICROS)),
                        new Fulfillment(
                                first.id(),
                                tenant.id(),
                                workflow.id(),
                                passport.id(),
                                document.id(),
                                T0.plusSeconds(10).truncatedTo(ChronoUnit.MICROS)));
        assertThat(repository().listFulfillments(givenTenant().id(), workflow.id()))
                .isEmpty();
    }

    @Test
    void givenExistingPair_whenSavedAgainInABatch_thenTheWholeBatchIsRefused() {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        Workflow workflow = givenWorkflow(tenant, subject);
        RequiredDocument passport = givenRequirement(workflow, "PASSPORT", 1);
        RequiredDocument statement = givenRequirement(workflow, "BANK_STATEMENT", 2);
        Document document = givenDocument(tenant, DocumentOwner.entity(subject.id()), "Passport", T0);
        inTx(() ->
                repository().saveFulfillments(List.of(Fulfillment.create(workflow, passport.id(), document.id(), T0))));

        assertThatThrownBy(() -> inTx(() -> repository()
                        .saveFulfillments(List.of(
                                Fulfillment.create(workflow, statement.id(), document.id(), T0),
                                Fulfillment.create(workflow, passport.id(), document.id(), T0)))))
                .isInstanceOf(PersistenceFailureException.class);

        assertThat(repository().listFulfillments(tenant.id(), workflow.id())).hasSize(1);
    }
}
