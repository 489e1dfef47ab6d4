package dev.dossier.application.service.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.ByteArrayUploadContent;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
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
import dev.dossier.application.fakes.MalwareChecks;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.UploadDocumentCommand;
import dev.dossier.application.service.crypto.DocumentSealing;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

/**
 * Every upload and delete leaves an audit event; so does every read, link issue and redemption of a
 * confidential document, and of no other.
 */
class ConfidentialAuditTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller officer =
            Fixtures.caller(tenant, Scope.DOCUMENTS, Scope.CONFIDENTIAL).from("203.0.113.5");
    private final Caller clerk = Fixtures.caller(tenant, Scope.DOCUMENTS).from("203.0.113.6");
    private final FixedTimeSource time = new FixedTimeSource(Fixtures.NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final DocumentSealing sealing = Sealings.fresh(time, tx);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final DocumentAudit audit = Audits.into(events, Fixtures.NOW);
    private final IssueDownloadLinkService links = new IssueDownloadLinkService(
            documents,
            new DownloadLinkIssuer(tokens, new SequenceSecretGenerator(), time, audit, new CountingOperationsMeter()),
            tx);

    private Document upload(String classification) {
        return new UploadDocumentService(new DocumentUploader(
                        documents,
                        new InMemoryEntityRepository(),
                        store,
                        sealing,
                        time,
                        tx,
                        MalwareChecks.unobserved(),
                        new FakeContentInspector(),
                        audit,
                        new InMemoryEventOutbox(),
                        new CountingOperationsMeter()))
                .upload(new UploadDocumentCommand(
                        officer,
                        DocumentOwner.library(),
                        "passport.pdf",
                        new ByteArrayUploadContent(Fixtures.pdf()),
                        "Passport",
                        classification,
                        null));
    }

    @Test
    void givenConfidentialDocument_whenUploadedReadLinkedRedeemedAndDeleted_thenFiveEventsWithWhoAndWhere()
            throws Exception {
        Document document = upload("confidential");
        DocumentRef ref = new DocumentRef(officer, DocumentOwner.library(), document.id());

        new GetDocumentService(documents, audit, tx).get(ref);
        String token = links.issue(ref).token();
        new RedeemDownloadLinkService(documents, tokens, store, sealing, time, audit, tx, new CountingOperationsMeter())
                .redeem(token, "198.51.100.9")
                .content()
                .close();
        new DeleteDocumentService(
                        documents,
                        new InMemoryAttachmentRepository(),
                        tokens,
                        store,
                        audit,
                        Holds.none(),
                        tx,
                        time,
                        new InMemoryEventOutbox())
                .delete(ref);

        assertThat(events.all())
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.UPLOADED,
                        AuditAction.READ,
                        AuditAction.LINK_ISSUED,
                        AuditAction.LINK_REDEEMED,
                        AuditAction.DELETED);
        assertThat(events.all()).allSatisfy(e -> assertThat(e.documentId()).isEqualTo(document.id()));
        AuditEvent uploaded = events.all().get(0);
        assertThat(uploaded.actorKeyId()).isEqualTo(officer.keyId());
        assertThat(uploaded.clientAddress()).isEqualTo("203.0.113.5");
        AuditEvent redeemed = events.all().get(3);
        assertThat(redeemed.actorKeyId()).isNull();
        assertThat(redeemed.clientAddress()).isEqualTo("198.51.100.9");
        AuditEvent issued = events.all().get(2);
        assertThat(issued.actorKeyId()).isEqualTo(officer.keyId());
        assertThat(issued.clientAddress()).isEqualTo("203.0.113.5");
        assertThat(issued.occurredAt()).isEqualTo(Fixtures.NOW);
    }

    @Test
    void givenConfidentialDocument_whenLinkRequestedWithoutScope_thenForbiddenAndNoLinkOrEvent() {
        Document document = upload("confidential");
        assertThatThrownBy(() -> links.issue(new DocumentRef(clerk, DocumentOwner.library(), document.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tokens.all()).isEmpty();
        assertThat(events.all()).extracting(AuditEvent::action).containsExactly(AuditAction.UPLOADED);
    }

    @Test
    void givenOrdinaryDocument_whenReadAndLinked_thenOnlyItsUploadAudited() {
        Document document = upload(null);
        DocumentRef ref = new DocumentRef(clerk, DocumentOwner.library(), document.id());
        new GetDocumentService(documents, audit, tx).get(ref);
        links.issue(ref);
        assertThat(events.all()).extracting(AuditEvent::action).containsExactly(AuditAction.UPLOADED);
        assertThat(events.all().get(0).documentId()).isEqualTo(document.id());
    }
}
