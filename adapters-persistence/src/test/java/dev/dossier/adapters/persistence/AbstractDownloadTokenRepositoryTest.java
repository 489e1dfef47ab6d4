package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.token.DownloadToken;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link DownloadTokenRepository}, run on every database. */
abstract class AbstractDownloadTokenRepositoryTest extends PersistenceContractTest {
    private static final int RACERS = 16;
    private static final int ROUNDS = 5;

    private DownloadTokenRepository repository() {
        return new JpaDownloadTokenRepository(em, database().dataSource());
    }

    private DownloadToken givenToken(Tenant tenant, Document document, String secret, Instant issuedAt) {
        DownloadToken token = DownloadToken.issue(secret, tenant.id(), document.id(), issuedAt);
        inTx(() -> repository().save(token));
        return token;
    }

    /** A token issued at {@code T0} for {@code document} as the database keeps it: unspent, times in µs. */
    private static DownloadToken asStored(DownloadToken token, Tenant tenant, Document document) {
        return new DownloadToken(
                token.secretHash(),
                tenant.id(),
                document.id(),
                T0.truncatedTo(ChronoUnit.MICROS),
                T0.plus(DownloadToken.LIFETIME).truncatedTo(ChronoUnit.MICROS),
                null);
    }

    private boolean redeem(DownloadToken redeemed) {
        boolean result = tx.inTransaction(() -> repository().markRedeemed(redeemed));
        em.clear();
        return result;
    }

    @Test
    void givenSavedToken_whenFoundByHash_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DownloadToken token = givenToken(tenant, document, "dl_one", T0);

        assertThat(repository().findBySecretHash(DownloadToken.hashOf("dl_one")))
                .contains(asStored(token, tenant, document));
    }

    @Test
    void givenUnknownSecret_whenFoundByHash_thenEmpty() {
        Tenant tenant = givenTenant();
        givenToken(tenant, givenLibraryDocument(tenant), "dl_known", T0);

        assertThat(repository().findBySecretHash(DownloadToken.hashOf("dl_unknown")))
                .isEmpty();
    }

    @Test
    void givenFreshToken_whenRedeemed_thenAcceptedAndTheRedemptionTimeStored() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_fresh", T0);
        Instant now = T0.plusSeconds(30);

        assertThat(redeem(token.redeem(now))).isTrue();

        assertThat(repository().findBySecretHash(token.secretHash()))
                .map(DownloadToken::redeemedAt)
                .contains(now.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenRedeemedToken_whenRedeemedAgain_thenRefused() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_twice", T0);
        assertThat(redeem(token.redeem(T0.plusSeconds(1)))).isTrue();

        // a second caller that read the token before the first redemption committed
        assertThat(redeem(token.redeem(T0.plusSeconds(2)))).isFalse();

        assertThat(repository().findBySecretHash(token.secretHash()))
                .map(DownloadToken::redeemedAt)
                .contains(T0.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenRedeemedToken_whenTheSameTokenIsSavedAgain_thenRefusedAndItStaysRedeemed() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_revive", T0);
        assertThat(redeem(token.redeem(T0.plusSeconds(1)))).isTrue();

        assertThatThrownBy(() -> inTx(() -> repository().save(token))).isInstanceOf(PersistenceFailureException.class);
        em.clear();

        assertThat(repository().findBySecretHash(token.secretHash()))
                .map(DownloadToken::redeemedAt)
                .contains(T0.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenTokenSavedCommittedOutsideATransaction_thenEveryFieldRoundTrips_andAnotherConnectionSeesIt() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DownloadToken token = DownloadToken.issue("dl_alone", tenant.id(), document.id(), T0);

        repository().saveCommitted(token);

        assertThat(em.isJoinedToTransaction()).isFalse();
        // committed: a statement on a connection of its own finds the row
        assertThat(sql("UPDATE download_token SET secret_hash = secret_hash WHERE secret_hash = ?", token.secretHash()))
                .isEqualTo(1);
        assertThat(repository().findBySecretHash(token.secretHash())).contains(asStored(token, tenant, document));
    }

    @Test
    void givenRedeemedToken_whenTheSameTokenIsSavedCommittedAgain_thenRefusedAndItStaysRedeemed() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_revive_alone", T0);
        assertThat(redeem(token.redeem(T0.plusSeconds(1)))).isTrue();

        assertThatThrownBy(() -> repository().saveCommitted(token)).isInstanceOf(PersistenceFailureException.class);

        assertThat(repository().findBySecretHash(token.secretHash()))
                .map(DownloadToken::redeemedAt)
                .contains(T0.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void givenDeletedDocument_whenATokenForItIsSavedCommitted_thenRefused_andNothingStored() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        inTx(() -> new JpaDocumentRepository(em).delete(tenant.id(), document.id()));
        DownloadToken token = DownloadToken.issue("dl_orphan", tenant.id(), document.id(), T0);

        assertThatThrownBy(() -> repository().saveCommitted(token)).isInstanceOf(PersistenceFailureException.class);

        assertThat(repository().findBySecretHash(token.secretHash())).isEmpty();
    }

    @Test
    void givenOpenTransaction_whenATokenIsSavedCommitted_thenRefused_andNothingStored() {
        Tenant tenant = givenTenant();
        DownloadToken token = DownloadToken.issue(
                "dl_inside", tenant.id(), givenLibraryDocument(tenant).id(), T0);

        assertThatThrownBy(() -> inTx(() -> repository().saveCommitted(token)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("use save");

        assertThat(repository().findBySecretHash(token.secretHash())).isEmpty();
    }

    @Test
    void givenExpiredToken_whenRedeemed_thenRefused() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_late", T0);
        // a caller whose clock says the token is still valid, while the stored one has expired by then
        DownloadToken atExpiry = new DownloadToken(
                token.secretHash(),
                token.tenantId(),
                token.documentId(),
                token.issuedAt(),
                token.expiresAt(),
                token.expiresAt());
        DownloadToken afterExpiry = new DownloadToken(
                token.secretHash(),
                token.tenantId(),
                token.documentId(),
                token.issuedAt(),
                token.expiresAt(),
                token.expiresAt().plusMillis(1));

        assertThat(redeem(atExpiry)).isFalse();
        assertThat(redeem(afterExpiry)).isFalse();
        assertThat(repository().findBySecretHash(token.secretHash()))
                .map(DownloadToken::redeemedAt)
                .isEmpty();
    }

    @Test
    void givenTokenOneMicrosecondBeforeExpiry_whenRedeemed_thenAccepted() {
        Tenant tenant = givenTenant();
        DownloadToken token = givenToken(tenant, givenLibraryDocument(tenant), "dl_edge", T0);

        assertThat(redeem(token.redeem(
                        token.expiresAt().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.MICROS))))
                .isTrue();
    }

    @Test
    void givenUnknownToken_whenRedeemed_thenRefused() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DownloadToken never = DownloadToken.issue("dl_never_saved", tenant.id(), document.id(), T0);

        assertThat(redeem(never.redeem(T0.plusSeconds(1)))).isFalse();
    }

    @Test
    void givenTokensOfTwoDocuments_whenDeletedForOne_thenOnlyItsTokensGo() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        Document other = givenLibraryDocument(tenant);
        DownloadToken first = givenToken(tenant, document, "dl_a", T0);
        DownloadToken second = givenToken(tenant, document, "dl_b", T0);
        DownloadToken kept = givenToken(tenant, other, "dl_c", T0);

        inTx(() -> repository().deleteForDocument(document.id()));

        assertThat(repository().findBySecretHash(first.secretHash())).isEmpty();
        assertThat(repository().findBySecretHash(second.secretHash())).isEmpty();
        assertThat(repository().findBySecretHash(kept.secretHash())).isPresent();
    }

    @Test
    void givenTokensDeletedFirst_whenTheDocumentIsDeleted_thenItSucceeds() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        givenToken(tenant, document, "dl_x", T0);

        inTx(() -> {
            repository().deleteForDocument(document.id());
            new JpaDocumentRepository(em).delete(tenant.id(), document.id());
        });

        assertThat(new JpaDocumentRepository(em).findById(tenant.id(), document.id()))
                .isEmpty();
    }

    /**
     * Two server instances (two entity manager factories, each with its own connections) and
     * {@value #RACERS} requests, each with its own entity manager and transaction, redeem one link
     * at the same moment: the database lets exactly one through. Repeated for {@value #ROUNDS} links.
     */
    @Test
    void givenFreshRedeemedAndExpiredTokens_whenSpentOnesPurged_thenOnlyTheFreshOneStaysInBatches() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DownloadToken fresh = givenToken(tenant, document, "fresh", T0);
        DownloadToken redeemed = givenToken(tenant, document, "redeemed", T0);
        assertThat(redeem(redeemed.redeem(T0.plusSeconds(1)))).isTrue();
        givenToken(
                tenant, document, "expired-1", T0.minus(DownloadToken.LIFETIME).minusSeconds(1));
        givenToken(tenant, document, "expired-2", T0.minus(DownloadToken.LIFETIME));

        assertThat(inTx(() -> repository().deleteSpent(T0, 2))).isEqualTo(2);
        assertThat(inTx(() -> repository().deleteSpent(T0, 2))).isEqualTo(1);
        assertThat(inTx(() -> repository().deleteSpent(T0, 2))).isZero();

        assertThat(repository().findBySecretHash(fresh.secretHash())).isPresent();
        assertThat(repository().findBySecretHash(redeemed.secretHash())).isEmpty();
        assertThat(repository().findBySecretHash(DownloadToken.hashOf("expired-1")))
                .isEmpty();
        assertThat(repository().findBySecretHash(DownloadToken.hashOf("expired-2")))
                .isEmpty();
    }

    @Test
    void givenOneToken_whenRedeemedConcurrentlyOnTwoServers_thenExactlyOneSucceeds() throws Exception {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                DownloadToken token = givenToken(tenant, document, "dl_race_" + round, T0);
                CountDownLatch ready = new CountDownLatch(RACERS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (int i = 0; i < RACERS; i++) {
                    EntityManagerFactory server = servers.get(i % servers.size());
                    DownloadToken redeemed = token.redeem(T0.plusSeconds(1).plusMillis(i));
                    outcomes.add(pool.submit(race(server, redeemed, ready, go)));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
                go.countDown();
                int successes = 0;
                for (Future<Boolean> outcome : outcomes) {
                    successes += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
                }

                assertThat(successes)
                        .as("successful redemptions in round %d", round)
                        .isEqualTo(1);
                assertThat(repository()
                                .findBySecretHash(token.secretHash())
                                .orElseThrow()
                                .redeemedAt())
                        .isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request: reads the token, then spends it in its own transaction once every racer is ready. */
    private Callable<Boolean> race(
            EntityManagerFactory server, DownloadToken redeemed, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            EntityManager em = server.createEntityManager();
            try {
                JpaDownloadTokenRepository tokens =
                        new JpaDownloadTokenRepository(em, database().dataSource());
                return new EntityTransactionUnitOfWork(em).inTransaction(() -> {
                    boolean unused = tokens.findBySecretHash(redeemed.secretHash())
                            .map(t -> t.isRedeemableAt(redeemed.redeemedAt()))
                            .orElse(false);
                    ready.countDown();
                    await(go);
                    return unused && tokens.markRedeemed(redeemed);
                });
            } finally {
                em.close();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the race never started");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
