package dev.dossier.application.service.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryDirectUploadRepository;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.InMemoryWorkflowRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.workflow.AddFulfillmentsCommand;
import dev.dossier.application.port.in.workflow.AddRequiredDocumentCommand;
import dev.dossier.application.port.in.workflow.CreateWorkflowCommand;
import dev.dossier.application.port.in.workflow.FulfillmentItem;
import dev.dossier.application.port.in.workflow.FulfillmentView;
import dev.dossier.application.port.in.workflow.RequiredDocumentView;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.workflow.DecisionStatus;
import dev.dossier.domain.workflow.RequiredDocumentId;
import dev.dossier.domain.workflow.Workflow;
import dev.dossier.domain.workflow.WorkflowCompletedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkflowServicesTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final MutableTimeSource time = new MutableTimeSource(Fixtures.NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryWorkflowRepository workflows = new InMemoryWorkflowRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryDirectUploadRepository uploads = new InMemoryDirectUploadRepository();
    private final AddFulfillmentsService addFulfillments =
            new AddFulfillmentsService(workflows, documents, uploads, time, tx);
    private Entity subject;
    private Workflow workflow;
    private RequiredDocumentId passport;
    private RequiredDocumentId statement;

    @BeforeEach
    void setUp() {
        subject = Entity.create(tenant, "Acme Ltd", EntityType.COMPANY, Fixtures.NOW);
        entities.save(subject);
        workflow = new CreateWorkflowService(entities, workflows, time, tx)
                .create(new CreateWorkflowCommand(caller, subject.id(), "BUSINESS_APPLICATION"));
        AddRequiredDocumentService add = new AddRequiredDocumentService(workflows, time, tx);
        passport = add.add(new AddRequiredDocumentCommand(caller, workflow.id(), "PASSPORT", "Passport", null))
                .requiredDocument()
                .id();
        time.advance(Duration.ofSeconds(1));
        statement = add.add(new AddRequiredDocumentCommand(caller, workflow.id(), "BANK_STATEMENT", "Statement", null))
                .requiredDocument()
                .id();
    }

    private Document document(DocumentOwner owner) {
        Document d = Document.upload(
                DocumentId.generate(),
                tenant,
                owner,
                new StoredFile(
                        new FileName("a.pdf"), "application/pdf", 10, "c".repeat(64), StorageKey.generate(tenant)),
                "Passport",
                null,
                "a@b.c",
                null,
                Fixtures.NOW);
        documents.save(d);
        return d;
    }

    private List<FulfillmentView> add(FulfillmentItem... items) {
        return addFulfillments.add(new AddFulfillmentsCommand(caller, workflow.id(), List.of(items)));
    }

    @Test
    void givenOneDocumentForTwoRequirements_whenAdded_thenBothLinkedPendingAndTheRequirementsFulfilled() {
        Document d = document(DocumentOwner.entity(subject.id()));

        List<FulfillmentView> added =
                add(new FulfillmentItem(passport, d.id()), new FulfillmentItem(statement, d.id()));

        assertThat(added).extracting(FulfillmentView::decisionStatus).containsOnly(DecisionStatus.PENDING);
        assertThat(new ListRequiredDocumentsService(workflows, documents, tx).list(caller, workflow.id()))
                .extracting(RequiredDocumentView::status)
                .containsOnly(RequiredDocumentView.FULFILLED);

        d.verify("reviewer@example.com", Fixtures.NOW.plusSeconds(60));
        documents.save(d);
        assertThat(new ListFulfillmentsService(workflows, documents, tx).list(caller, workflow.id(), null))
                .allSatisfy(f -> {
                    assertThat(f.decisionStatus()).isEqualTo(DecisionStatus.APPROVED);
                    assertThat(f.updatedAt()).isEqualTo(Fixtures.NOW.plusSeconds(60));
                });
    }

    @Test
    void givenBatchWithAPendingUploadAndAnotherSubjectsDocument_whenAdded_thenNothingAddedAndEachItemNamed() {
        Document good = document(DocumentOwner.entity(subject.id()));
        Document foreign = document(DocumentOwner.library());
        DirectUpload pending = DirectUpload.create(
                tenant, subject.id(), new FileName("p.pdf"), 10, "a@b.c", Fixtures.NOW, Duration.ofMinutes(5));
        uploads.insert(pending);

        assertThatThrownBy(() -> add(
                        new FulfillmentItem(passport, good.id()),
                        new FulfillmentItem(statement, pending.id()),
                        new FulfillmentItem(statement, foreign.id()),
                        new FulfillmentItem(RequiredDocumentId.generate(), good.id()),
                        new FulfillmentItem(passport, good.id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .containsOnlyKeys(
                                "fulfillments[1].document_id", "fulfillments[2].document_id",
                                "fulfillments[3].required_document_id", "fulfillments[4].document_id"));

        assertThat(workflows.listFulfillments(tenant, workflow.id())).isEmpty();
    }

    @Test
    void givenCompletedOrForeignWorkflow_whenAdded_thenRefusedAndNothingAdded() {
        Document good = document(DocumentOwner.entity(subject.id()));
        new CompleteWorkflowService(workflows, time, tx, outbox).complete(caller, workflow.id());

        assertThatThrownBy(() -> add(new FulfillmentItem(passport, good.id())))
                .isInstanceOf(WorkflowCompletedException.class);
        assertThatThrownBy(() -> addFulfillments.add(new AddFulfillmentsCommand(
                        Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS),
                        workflow.id(),
                        List.of(new FulfillmentItem(passport, good.id())))))
                .isInstanceOf(NotFoundException.class);
        assertThat(workflows.listFulfillments(tenant, workflow.id())).isEmpty();
    }

    @Test
    void givenOpenWorkflow_whenCompletedTwice_thenOneEventWithItsIds() {
        CompleteWorkflowService complete = new CompleteWorkflowService(workflows, time, tx, outbox);
        complete.complete(caller, workflow.id());
        complete.complete(caller, workflow.id());

        assertThat(outbox.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.WORKFLOW_COMPLETED);
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.data())
                    .containsExactly(
                            Map.entry("workflow_id", workflow.id().value().toString()),
                            Map.entry("entity_id", subject.id().value().toString()),
                            Map.entry("status", "completed"),
                            Map.entry("completed_at", e.createdAt().toString()));
        });
        assertThatThrownBy(
                        () -> complete.complete(Fixtures.caller(TenantId.generate(), Scope.DOCUMENTS), workflow.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(outbox.events()).hasSize(1);
    }
}
