package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.FixedTimeSource;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryAuditEventRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadLink;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.token.DownloadToken;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IssueDownloadLinkServiceTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final SequenceSecretGenerator secrets = new SequenceSecretGenerator();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final InMemoryAuditEventRepository events = new InMemoryAuditEventRepository();
    private final DownloadLinkIssuer issuer = new DownloadLinkIssuer(
            tokens, secrets, new FixedTimeSource(NOW), Audits.into(events, NOW), new CountingOperationsMeter());
    private final IssueDownloadLinkService service = new IssueDownloadLinkService(documents, issuer, tx);

    private Document stored(Classification classification) {
        return Fixtures.storedDocument(
                documents, store, tenant, DocumentOwner.library(), "Passport", classification, NOW);
    }

    @Test
    void givenDocument_whenLinkIssued_thenOnlyTheSecretsHashIsStored() {
        Document d = stored(null);
        DownloadLink link = service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));

        assertThat(link.token()).isEqualTo(secrets.last()).startsWith("dl_");
        assertThat(link.document()).isSameAs(d);
        assertThat(tokens.all()).hasSize(1);
        DownloadToken stored = tokens.all().get(0);
        assertThat(stored.secretHash())
                .isEqualTo(DownloadToken.hashOf(link.token()))
                .isNotEqualTo(link.token())
                .doesNotContain(link.token());
        assertThat(stored.toString()).doesNotContain(link.token());
        assertThat(stored.documentId()).isEqualTo(d.id());
        assertThat(stored.tenantId()).isEqualTo(tenant);
        assertThat(stored.redeemedAt()).isNull();
    }

    @Test
    void givenDocument_whenLinkIssued_thenTheTokenCommitsOnItsOwn_withoutATransaction() {
        Document d = stored(null);
        service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));

        assertThat(tokens.wasCommittedOnItsOwn(tokens.all().get(0))).isTrue();
        assertThat(tx.started()).isZero();
        assertThat(tx.reads()).isEqualTo(1);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void givenConfidentialDocument_whenLinkIssued_thenTokenAndAuditEventCommitInOneTransaction() {
        Document d = stored(Classification.CONFIDENTIAL);
        Caller trusted = Fixtures.caller(tenant, Scope.DOCUMENTS, Scope.CONFIDENTIAL);
        service.issue(new DocumentRef(trusted, DocumentOwner.library(), d.id()));

        assertThat(tokens.wasCommittedOnItsOwn(tokens.all().get(0))).isFalse();
        assertThat(tx.committed()).isEqualTo(1);
        assertThat(events.all()).extracting(AuditEvent::action).containsExactly(AuditAction.LINK_ISSUED);
    }

    @Test
    void givenConfidentialDocument_whenIssuedOutsideTransaction_thenRefused_andNoToken() {
        Document d = stored(Classification.CONFIDENTIAL);
        Caller trusted = Fixtures.caller(tenant, Scope.DOCUMENTS, Scope.CONFIDENTIAL);

        assertThatThrownBy(() -> issuer.issueOutsideTransaction(d, trusted)).isInstanceOf(IllegalStateException.class);
        assertThat(tokens.all()).isEmpty();
        assertThat(events.all()).isEmpty();
    }

    @Test
    void givenDocument_whenLinkIssued_thenExpiresInFifteenMinutes() {
        Document d = stored(null);
        DownloadLink link = service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(tokens.all().get(0).issuedAt()).isEqualTo(NOW);
        assertThat(tokens.all().get(0).expiresAt()).isEqualTo(link.expiresAt());
    }

    @Test
    void givenTwoIssues_thenTwoIndependentTokens() {
        Document d = stored(null);
        DownloadLink a = service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));
        DownloadLink b = service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));
        assertThat(a.token()).isNotEqualTo(b.token());
        assertThat(tokens.all()).hasSize(2);
    }

    @Test
    void givenConfidentialDocument_whenLinkIssuedWithoutConfidentialScope_thenForbidden_andNoToken() {
        Document d = stored(Classification.CONFIDENTIAL);
        assertThatThrownBy(() -> service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.CONFIDENTIAL));
        assertThat(tokens.all()).isEmpty();
    }

    @Test
    void givenConfidentialDocument_whenLinkIssuedWithConfidentialScope_thenIssued() {
        Document d = stored(Classification.CONFIDENTIAL);
        Caller trusted = Fixtures.caller(tenant, Scope.DOCUMENTS, Scope.CONFIDENTIAL);
        DownloadLink link = service.issue(new DocumentRef(trusted, DocumentOwner.library(), d.id()));
        assertThat(tokens.findBySecretHash(DownloadToken.hashOf(link.token()))).isPresent();
    }

    @Test
    void givenConfidentialScopeWithoutDocumentsScope_whenLinkIssued_thenForbiddenOnDocuments() {
        Document d = stored(Classification.CONFIDENTIAL);
        Caller onlyConfidential = Fixtures.caller(tenant, Scope.CONFIDENTIAL);
        assertThatThrownBy(() -> service.issue(new DocumentRef(onlyConfidential, DocumentOwner.library(), d.id())))
                .isInstanceOfSatisfying(
                        ForbiddenException.class,
                        e -> assertThat(e.missingScope()).isEqualTo(Scope.DOCUMENTS));
        assertThat(tokens.all()).isEmpty();
    }

    @Test
    void givenSharedDocument_whenLinkIssuedWithDocumentsScopeOnly_thenIssued() {
        Document d = stored(Classification.SHARED);
        service.issue(new DocumentRef(caller, DocumentOwner.library(), d.id()));
        assertThat(tokens.all()).hasSize(1);
    }

    @Test
    void givenOtherTenantsConfidentialDocument_whenLinkIssued_thenNotFoundRatherThanForbidden() {
        Document foreign = Fixtures.storedDocument(
                documents,
                store,
                TenantId.generate(),
                DocumentOwner.library(),
                "Passport",
                Classification.CONFIDENTIAL,
                NOW);
        assertThatThrownBy(() -> service.issue(new DocumentRef(caller, DocumentOwner.library(), foreign.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.all()).isEmpty();
    }

    @Test
    void givenOwnerMismatch_whenLinkIssued_thenNotFound() {
        Document d = stored(null);
        assertThatThrownBy(
                        () -> service.issue(new DocumentRef(caller, DocumentOwner.entity(EntityId.generate()), d.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.all()).isEmpty();
    }
}
