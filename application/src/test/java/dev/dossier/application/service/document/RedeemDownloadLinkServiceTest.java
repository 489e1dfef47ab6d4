package dev.dossier.application.service.document;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ContentIntegrityException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.fakes.Audits;
import dev.dossier.application.fakes.CountingOperationsMeter;
import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.Holds;
import dev.dossier.application.fakes.InMemoryAttachmentRepository;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.InMemoryEventOutbox;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.application.fakes.Sealings;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.document.DownloadableContent;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.token.DownloadToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RedeemDownloadLinkServiceTest {
    private final TenantId tenant = TenantId.generate();
    private final Caller caller = Fixtures.caller(tenant, Scope.DOCUMENTS);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final DirectUnitOfWork tx = new DirectUnitOfWork();
    private final RedeemDownloadLinkService service = new RedeemDownloadLinkService(
            documents,
            tokens,
            store,
            Sealings.fresh(time, tx),
            time,
            Audits.unobserved(),
            tx,
            new CountingOperationsMeter());
    private final IssueDownloadLinkService issuer = new IssueDownloadLinkService(
            documents,
            new DownloadLinkIssuer(
                    tokens, new SequenceSecretGenerator(), time, Audits.unobserved(), new CountingOperationsMeter()),
            tx);
    private Document document;
    private String token;

    @BeforeEach
    void setUp() {
        document = Fixtures.storedDocument(documents, store, tenant, DocumentOwner.library(), "Passport", null, NOW);
        token = issuer.issue(new DocumentRef(caller, DocumentOwner.library(), document.id()))
                .token();
    }

    private static byte[] readAll(DownloadableContent content) throws IOException {
        try (InputStream in = content.content()) {
            return in.readAllBytes();
        }
    }

    @Test
    void givenFreshLink_whenRedeemed_thenDocumentAndItsBytes() throws IOException {
        time.advance(Duration.ofMinutes(3));
        DownloadableContent content = service.redeem(token);
        assertThat(content.document()).isEqualTo(document);
        assertThat(readAll(content)).isEqualTo(store.bytesOf(document.file().storageKey()));
        assertThat(tokens.findBySecretHash(DownloadToken.hashOf(token))
                        .orElseThrow()
                        .redeemedAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(3)));
    }

    @Test
    void givenBytesChangedInStorage_whenRedeemed_thenReadingFailsAndTheFileIsNeverWhole() {
        byte[] stored = store.bytesOf(document.file().storageKey());
        byte[] forged = stored.clone();
        forged[forged.length / 2] ^= 0x20;
        store.seed(document.file().storageKey(), forged, document.file().contentType());
        DownloadableContent content = service.redeem(token);
        assertThatThrownBy(() -> readAll(content))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining("not the one uploaded");
    }

    @Test
    void givenRedeemedLink_whenRedeemedAgain_thenNotFound() throws IOException {
        readAll(service.redeem(token));
        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenLinkAtExactlyFifteenMinutes_whenRedeemed_thenNotFound() {
        time.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
        assertThat(tokens.findBySecretHash(DownloadToken.hashOf(token))
                        .orElseThrow()
                        .redeemedAt())
                .isNull();
    }

    @Test
    void givenLinkLongExpired_whenRedeemed_thenNotFound() {
        time.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenLinkJustBeforeExpiry_whenRedeemed_thenServed() {
        time.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(service.redeem(token).document()).isEqualTo(document);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"dl_unknown", "dl_secret0001XyZ0123456789abcdefghiJ"})
    void givenUnknownToken_whenRedeemed_thenNotFound(String unknown) {
        assertThatThrownBy(() -> service.redeem(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenOverlongToken_whenRedeemed_thenNotFound() {
        assertThatThrownBy(() -> service.redeem("dl_" + "a".repeat(10_000))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenStoredHashPresentedAsToken_whenRedeemed_thenNotFound() {
        assertThatThrownBy(() -> service.redeem(DownloadToken.hashOf(token))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenDocumentDeletedThroughTheUseCase_whenRedeemed_thenNotFound() {
        new DeleteDocumentService(
                        documents,
                        new InMemoryAttachmentRepository(),
                        tokens,
                        store,
                        Audits.unobserved(),
                        Holds.none(),
                        tx,
                        time,
                        new InMemoryEventOutbox())
                .delete(new DocumentRef(caller, DocumentOwner.library(), document.id()));
        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenDocumentRowGoneButTokenLeft_whenRedeemed_thenNotFound() {
        documents.delete(tenant, document.id());
        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenStoreCannotOpenTheBytes_whenRedeemed_thenStorageFailureWithoutInternals() {
        store.failOpens(true);
        assertThatThrownBy(() -> service.redeem(token))
                .isInstanceOfSatisfying(
                        StorageFailureException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo("The file could not be read from storage.")
                                .doesNotContain(InMemoryContentStore.INTERNAL_DETAIL));
    }

    @Test
    void givenAnotherServerRedeemsBetweenOurReadAndOurWrite_whenRedeemed_thenOnlyTheOtherServerGetsTheBytes() {
        List<DownloadableContent> otherServer = new ArrayList<>();
        tokens.afterNextFind(() -> otherServer.add(service.redeem(token)));

        assertThatThrownBy(() -> service.redeem(token)).isInstanceOf(NotFoundException.class);
        assertThat(otherServer).hasSize(1);
        assertThat(otherServer.get(0).document()).isEqualTo(document);
    }

    @Test
    void givenManyConcurrentRedemptions_whenRedeemed_thenExactlyOneGetsTheBytes() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        readAll(service.redeem(token));
                        return true;
                    } catch (NotFoundException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> r : results) {
                if (r.get(10, TimeUnit.SECONDS)) {
                    successes++;
                }
            }
            assertThat(successes).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
