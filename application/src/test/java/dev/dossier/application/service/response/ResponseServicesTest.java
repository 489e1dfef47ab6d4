package dev.dossier.application.service.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.ByteArrayUploadContent;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.FakeContentInspector;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.Holds;
import dev.dossier.application.fakes.InMemoryAttachmentRepository;
import dev.dossier.application.fakes.InMemoryAuditEventRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.InMemoryEntityRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.InMemoryQuestionnaireResponseRepository;
import dev.dossier.application.fakes.MalwareChecks;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.port.in.response.AttachDocumentCommand;
import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.in.response.AttachmentView;
import dev.dossier.application.port.in.response.CreateResponseCommand;
import dev.dossier.application.port.in.response.FileQuestionInput;
import dev.dossier.application.port.in.response.UploadResponseDocumentCommand;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.application.service.document.DocumentUploader;
import dev.dossier.application.service.document.UploadDocumentService;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.response.ResponseStatus;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The questionnaire-response services over in-memory ports. */
class ResponseServicesTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final FixedTimeSource time = new FixedTimeSource(Fixtures.NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryEntityRepository entities = new InMemoryEntityRepository();
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryAttachmentRepository attachments = new InMemoryAttachmentRepository();
    private final InMemoryQuestionnaireResponseRepository responses = new InMemoryQuestionnaireResponseRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryAuditEventRepository auditEvents = new InMemoryAuditEventRepository();
    private final DocumentAudit audit = Audits.into(auditEvents, Fixtures.NOW);
    private final DocumentUploader uploader = new DocumentUploader(
            documents,
            entities,
            store,
            Sealings.fresh(time, tx),
            time,
            tx,
            MalwareChecks.unobserved(),
            new FakeContentInspector(),
            audit,
            new InMemoryEventOutbox(),
            new CountingOperationsMeter());
    private final UploadDocumentService uploads = new UploadDocumentService(uploader);
    private final Entity entity = Entity.create(tenant, "Acme", EntityType.COMPANY, Fixtures.NOW);

    ResponseServicesTest() {
        entities.save(entity);
    }

    private QuestionnaireResponse newResponse() {
        return new CreateResponseService(entities, responses, time, tx)
                .create(new CreateResponseCommand(
                        caller,
                        entity.id().toString(),
                        List.of(new FileQuestionInput(1, "Bank Statement"), new FileQuestionInput(2, "Passport"))));
    }

    private AttachmentView uploadAnswer(QuestionnaireResponse response, String question, String classification) {
        return new UploadResponseDocumentService(responses, attachments, documents, uploader, time)
                .upload(new UploadResponseDocumentCommand(
                        caller,
                        response.id(),
                        "answer.pdf",
                        new ByteArrayUploadContent(Fixtures.pdf()),
                        "Bank Statement",
                        classification,
                        null,
                        question));
    }

    @Test
    void givenEntityOfAnotherTenant_whenResponseCreated_thenRefusedLikeAnUnknownEntity() {
        Entity foreign = Entity.create(TenantId.generate(), "Theirs", EntityType.COMPANY, Fixtures.NOW);
        entities.save(foreign);
        assertThatThrownBy(() -> new CreateResponseService(entities, responses, time, tx)
                        .create(new CreateResponseCommand(caller, foreign.id().toString(), List.of())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .containsEntry("entity_id", List.of("Entity not found.")));
    }

    @Test
    void givenResponse_whenAnswerUploaded_thenEntityPrivateDocumentAttachedToTheQuestion() {
        QuestionnaireResponse response = newResponse();
        AttachmentView view = uploadAnswer(response, "1", null);

        assertThat(view.fileQuestionType()).isEqualTo("Bank Statement");
        assertThat(view.document().owner()).isEqualTo(DocumentOwner.entity(entity.id()));
        assertThat(view.document().classification()).isEqualTo(Classification.ENTITY_PRIVATE);
        assertThat(attachments.all()).singleElement().satisfies(a -> {
            assertThat(a.uploadedThroughResponse()).isTrue();
            assertThat(a.fileQuestionId()).isEqualTo(1);
        });
    }

    @Test
    void givenUnknownQuestion_whenAnswerUploaded_thenRefusedBeforeAnythingIsStored() {
        QuestionnaireResponse response = newResponse();
        assertThatThrownBy(() -> uploadAnswer(response, "5", null))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("no file question 5");
        assertThat(documents.all()).isEmpty();
        assertThat(store.objects()).isEmpty();
        assertThat(attachments.all()).isEmpty();
    }

    @Test
    void givenDocumentRowFailsToSave_whenAnswerUploaded_thenStorageFailureAndNoBytesOrAttachmentRemain() {
        QuestionnaireResponse response = newResponse();
        documents.failSavesWith(new IllegalStateException("database down"));
        assertThatThrownBy(() -> uploadAnswer(response, "1", null)).isInstanceOf(StorageFailureException.class);
        assertThat(attachments.all()).isEmpty();
        assertThat(documents.all()).isEmpty();
        assertThat(store.objects()).isEmpty();
    }

    @Test
    void givenAttachmentFailsToSave_whenAnswerUploaded_thenTheTransactionRollsBackAndTheBytesAreRemoved() {
        QuestionnaireResponse response = newResponse();
        attachments.failSavesWith(new IllegalStateException("database down"));
        assertThatThrownBy(() -> uploadAnswer(response, "1", null)).isInstanceOf(StorageFailureException.class);
        // the document row and the attachment share one transaction: its rollback takes the row too
        assertThat(tx.rolledBack()).isEqualTo(1);
        assertThat(store.objects()).isEmpty();
    }

    @Test
    void givenDocumentOfAnotherEntity_whenAttached_thenRefusedAsNotFound() {
        QuestionnaireResponse response = newResponse();
        Entity other = Entity.create(tenant, "Other", EntityType.COMPANY, Fixtures.NOW);
        entities.save(other);
        Document theirs = uploads.upload(new UploadDocumentCommand(
                caller,
                DocumentOwner.entity(other.id()),
                "p.pdf",
                new ByteArrayUploadContent(Fixtures.pdf()),
                "Passport",
                null,
                null));

        assertThatThrownBy(() -> new AttachDocumentService(responses, documents, attachments, time, tx)
                        .attach(new AttachDocumentCommand(
                                caller, response.id(), theirs.id().toString(), null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors())
                        .containsEntry("document_id", List.of("Document not found.")));
    }

    @Test
    void givenAnswers_whenSubmitted_thenResponseAndAttachmentsSubmitted() {
        QuestionnaireResponse response = newResponse();
        uploadAnswer(response, "1", null);
        uploadAnswer(response, "2", null);

        QuestionnaireResponse submitted =
                new SubmitResponseService(responses, attachments, time, tx, outbox).submit(caller, response.id());

        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(attachments.all())
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.submitted()).isTrue());
        assertThat(outbox.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.RESPONSE_SUBMITTED);
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.data())
                    .containsExactly(
                            Map.entry("response_id", response.id().value().toString()),
                            Map.entry("entity_id", entity.id().value().toString()),
                            Map.entry("status", "submitted"),
                            Map.entry("submitted_at", Fixtures.NOW.toString()));
        });

        new SubmitResponseService(responses, attachments, time, tx, outbox).submit(caller, response.id());
        assertThat(outbox.events()).as("submitted once, reported once").hasSize(1);
        EventAssertions.mentionNone(outbox.events(), "Acme", "answer.pdf", caller.email());
    }

    @Test
    void givenUploadedAnswerAlsoAttachedElsewhere_whenRemoved_thenKeptUntilItsLastAttachmentGoes() {
        QuestionnaireResponse first = newResponse();
        QuestionnaireResponse second = newResponse();
        AttachmentView uploaded = uploadAnswer(first, "1", null);
        AttachmentView reused = new AttachDocumentService(responses, documents, attachments, time, tx)
                .attach(new AttachDocumentCommand(
                        caller, second.id(), uploaded.document().id().toString(), "1"));
        DeleteResponseDocumentService delete = new DeleteResponseDocumentService(
                responses, attachments, documents, tokens, store, audit, Holds.none(), tx, outbox, time);

        delete.delete(
                new AttachmentRef(caller, first.id(), uploaded.attachment().id()));
        assertThat(documents.findById(tenant, uploaded.document().id())).isPresent();
        assertThat(store.exists(uploaded.document().file().storageKey())).isTrue();

        assertThat(outbox.events()).as("the document stays: no event").isEmpty();

        delete.delete(new AttachmentRef(caller, second.id(), reused.attachment().id()));
        assertThat(documents.findById(tenant, uploaded.document().id())).isEmpty();
        assertThat(outbox.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DOCUMENT_DELETED);
            assertThat(e.data())
                    .containsEntry(
                            "document_id", uploaded.document().id().value().toString())
                    .containsEntry("entity_id", entity.id().value().toString())
                    .containsEntry("document_type", "Bank Statement");
        });
        EventAssertions.mentionNone(outbox.events(), "Acme", "answer.pdf", caller.email());
        assertThat(store.exists(uploaded.document().file().storageKey())).isFalse();
    }

    @Test
    void givenAttachmentOfAnotherResponse_whenAddressedThroughThisOne_thenNotFound() {
        QuestionnaireResponse first = newResponse();
        QuestionnaireResponse second = newResponse();
        AttachmentView uploaded = uploadAnswer(first, "1", null);
        assertThatThrownBy(() -> new DeleteResponseDocumentService(
                                responses, attachments, documents, tokens, store, audit, Holds.none(), tx, outbox, time)
                        .delete(new AttachmentRef(
                                caller, second.id(), uploaded.attachment().id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(attachments.all()).hasSize(1);
        assertThat(outbox.events()).isEmpty();
    }

    @Test
    void givenConfidentialAnswer_whenUploadedReadAndRemoved_thenEachAudited() {
        QuestionnaireResponse response = newResponse();
        AttachmentView uploaded = uploadAnswer(response, "1", "confidential");
        AttachmentRef ref = new AttachmentRef(
                caller.from("192.0.2.10"), response.id(), uploaded.attachment().id());

        new GetResponseDocumentService(responses, attachments, documents, audit, tx).get(ref);
        new DeleteResponseDocumentService(
                        responses, attachments, documents, tokens, store, audit, Holds.none(), tx, outbox, time)
                .delete(ref);

        assertThat(auditEvents.all())
                .extracting(e -> e.action())
                .containsExactly(AuditAction.UPLOADED, AuditAction.READ, AuditAction.DELETED);
        assertThat(auditEvents.all().get(0).clientAddress()).isEqualTo(caller.clientAddress());
        assertThat(auditEvents.all()).allSatisfy(e -> {
            assertThat(e.actorEmail()).isEqualTo(caller.email());
            assertThat(e.documentId()).isEqualTo(uploaded.document().id());
        });
        assertThat(auditEvents.all().subList(1, 3)).allSatisfy(e -> {
            assertThat(e.clientAddress()).isEqualTo("192.0.2.10");
            assertThat(e.actorEmail()).isEqualTo(caller.email());
            assertThat(e.documentId()).isEqualTo(uploaded.document().id());
        });
    }
}
