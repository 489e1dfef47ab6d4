package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.directupload.UploadStatus;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link DirectUploadRepository}, run on every database. */
abstract class AbstractDirectUploadRepositoryTest extends PersistenceContractTest {
    static final Duration TTL = Duration.ofMinutes(5);
    static final Duration LEASE = Duration.ofMinutes(1);

    private DirectUploadRepository repository() {
        return new JpaDirectUploadRepository(em);
    }

    private DirectUpload givenUpload(Tenant tenant, Entity subject, Instant createdAt) {
        DirectUpload upload = DirectUpload.create(
                tenant.id(), subject.id(), new FileName("passport.pdf"), 1234, "uploader@example.com", createdAt, TTL);
        inTx(() -> repository().insert(upload));
        return upload;
    }

    private List<DirectUpload> claimDue(Instant now, String owner, int limit) {
        return inTx(() -> repository().claimDue(now, now.plus(LEASE), owner, limit));
    }

    @Test
    void givenInsertedUpload_whenFound_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        DirectUpload upload = givenUpload(tenant, subject, T0);

        DirectUpload found = repository().findById(tenant.id(), upload.id()).orElseThrow();

        assertThat(found.subjectRecordId()).isEqualTo(subject.id());
        assertThat(found.fileName()).isEqualTo(upload.fileName());
        assertThat(found.size()).isEqualTo(1234);
        assertThat(found.quarantineKey()).isEqualTo(upload.quarantineKey());
        assertThat(found.documentKey()).isEqualTo(upload.documentKey());
        assertThat(found.createdAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MICROS));
        assertThat(found.expiresAt()).isEqualTo(T0.plus(TTL).truncatedTo(ChronoUnit.MICROS));
        assertThat(found.status()).isEqualTo(UploadStatus.PENDING);
        assertThat(found.sha256()).isEmpty();
    }

    @Test
    void givenAnotherTenantsUpload_whenFound_thenEmpty() {
        Tenant tenant = givenTenant();
        DirectUpload upload = givenUpload(tenant, givenEntity(tenant), T0);

        assertThat(repository().findById(givenTenant().id(), upload.id())).isEmpty();
        assertThat(repository().findAnyById(upload.id())).isPresent();
    }

    @Test
    void givenPendingUpload_whenClaimedTwice_thenOnlyTheFirstClaimGetsItUntilTheLeaseRunsOut() {
        Tenant tenant = givenTenant();
        DirectUpload upload = givenUpload(tenant, givenEntity(tenant), T0);

        assertThat(claimDue(T0.plusSeconds(1), "a", 10))
                .extracting(DirectUpload::id)
                .containsExactly(upload.id());
        assertThat(claimDue(T0.plusSeconds(2), "b", 10)).isEmpty();
        assertThat(inTx(() -> repository().claim(upload.id(), T0.plusSeconds(2), T0.plusSeconds(60), "b")))
                .isFalse();

        Instant afterLease = T0.plusSeconds(1).plus(LEASE).plusSeconds(1);
        assertThat(claimDue(afterLease, "b", 10)).extracting(DirectUpload::id).containsExactly(upload.id());
    }

    @Test
    void givenReleasedUpload_whenClaimed_thenAvailableAgain() {
        Tenant tenant = givenTenant();
        DirectUpload upload = givenUpload(tenant, givenEntity(tenant), T0);
        assertThat(inTx(() -> repository().claim(upload.id(), T0, T0.plus(LEASE), "a")))
                .isTrue();

        inTx(() -> repository().release(upload.id(), "someone-else"));
        assertThat(claimDue(T0.plusSeconds(1), "b", 10)).isEmpty();

        inTx(() -> repository().release(upload.id(), "a"));
        assertThat(claimDue(T0.plusSeconds(1), "b", 10)).hasSize(1);
    }

    @Test
    void givenLeaseHolder_whenSettled_thenStoredAndTheUploadIsNoLongerPendingWork() {
        Tenant tenant = givenTenant();
        DirectUpload upload = givenUpload(tenant, givenEntity(tenant), T0);
        claimDue(T0, "a", 10);
        String sha = "a".repeat(64);
        upload.complete(sha, T0.plusSeconds(3));

        assertThat(inTx(() -> repository().settle(upload, "a"))).isTrue();

        DirectUpload found = repository().findById(tenant.id(), upload.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(UploadStatus.COMPLETE);
        assertThat(found.sha256()).contains(sha);
        assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(3).truncatedTo(ChronoUnit.MICROS));
        // before its expiry a settled upload is no work; after it, its quarantine gets cleared once
        assertThat(claimDue(T0.plusSeconds(10), "b", 10)).isEmpty();
        List<DirectUpload> purge = claimDue(T0.plus(TTL).plusSeconds(1), "b", 10);
        assertThat(purge).extracting(DirectUpload::status).containsExactly(UploadStatus.COMPLETE);
        inTx(() -> repository().markQuarantinePurged(upload.id(), "b"));
        assertThat(claimDue(T0.plus(TTL).plus(LEASE).plusSeconds(5), "c", 10)).isEmpty();
    }

    @Test
    void givenUploadsSettledBeforeAndAfterTheCutoff_whenPurged_thenOnlyOldSettledClearedOnesGo() {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        DirectUpload pending = givenUpload(tenant, subject, T0);
        DirectUpload oldCleared = settled(givenUpload(tenant, subject, T0), T0.plusSeconds(1), true);
        DirectUpload oldUncleared = settled(givenUpload(tenant, subject, T0), T0.plusSeconds(1), false);
        DirectUpload recent =
                settled(givenUpload(tenant, subject, T0), T0.plus(TTL).plusSeconds(60), true);
        Instant cutoff = T0.plus(TTL).plusSeconds(30);

        assertThat(inTx(() -> repository().deleteSettledBefore(cutoff, 10))).isEqualTo(1);
        assertThat(inTx(() -> repository().deleteSettledBefore(cutoff, 10))).isZero();

        assertThat(repository().findById(tenant.id(), oldCleared.id())).isEmpty();
        assertThat(repository().findById(tenant.id(), pending.id())).isPresent();
        assertThat(repository().findById(tenant.id(), oldUncleared.id())).isPresent();
        assertThat(repository().findById(tenant.id(), recent.id())).isPresent();
    }

    /** Completes the upload at {@code at}; with {@code cleared}, its quarantine object is recorded as cleared. */
    private DirectUpload settled(DirectUpload upload, Instant at, boolean cleared) {
        assertThat(inTx(() -> repository().claim(upload.id(), at, at.plus(LEASE), "s")))
                .isTrue();
        upload.fail("rejected", at);
        assertThat(inTx(() -> repository().settle(upload, "s"))).isTrue();
        if (cleared) {
            // what the sweep records once it cleared the quarantine after the expiry
            inTx(() -> em.createNativeQuery("UPDATE direct_upload SET quarantine_purged = TRUE WHERE id = ?1")
                    .setParameter(
                            1,
                            new ColumnBindingCustomizer.SetObjectParameter(
                                    upload.id().value()))
                    .executeUpdate());
        }
        return upload;
    }

    @Test
    void givenLostLease_whenSettled_thenRefusedAndNothingChanges() {
        Tenant tenant = givenTenant();
        DirectUpload upload = givenUpload(tenant, givenEntity(tenant), T0);
        claimDue(T0, "a", 10);
        claimDue(T0.plus(LEASE).plusSeconds(1), "b", 10);
        upload.fail("bad bytes", T0.plusSeconds(90));

        assertThat(inTx(() -> repository().settle(upload, "a"))).isFalse();

        assertThat(repository().findById(tenant.id(), upload.id()).orElseThrow().status())
                .isEqualTo(UploadStatus.PENDING);
        assertThat(inTx(() -> repository().settle(upload, "b"))).isTrue();
        DirectUpload failed = repository().findById(tenant.id(), upload.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(UploadStatus.FAILED);
        assertThat(failed.failureReason()).contains("bad bytes");
    }

    @Test
    void givenMoreDueThanTheLimit_whenClaimed_thenAtMostTheLimit() {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        for (int i = 0; i < 5; i++) {
            givenUpload(tenant, subject, T0.plusSeconds(i));
        }

        assertThat(claimDue(T0.plusSeconds(10), "a", 3)).hasSize(3);
        assertThat(claimDue(T0.plusSeconds(10), "b", 10)).hasSize(2);
    }

    /**
     * Several server instances (entity manager factories with their own connections), several
     * threads each, sweep at the same moment: every pending upload is claimed exactly once.
     */
    @Test
    void givenManyPendingUploads_whenSweptConcurrentlyByThreeServers_thenEachIsClaimedExactlyOnce() throws Exception {
        Tenant tenant = givenTenant();
        Entity subject = givenEntity(tenant);
        int uploadCount = 60;
        Set<UUID> all = new HashSet<>();
        for (int i = 0; i < uploadCount; i++) {
            all.add(givenUpload(tenant, subject, T0.plusMillis(i)).id().value());
        }
        List<EntityManagerFactory> servers = List.of(
                database().entityManagerFactory("server-1"),
                database().entityManagerFactory("server-2"),
                database().entityManagerFactory("server-3"));
        int racers = 9;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<UUID> claimed = Collections.synchronizedList(new ArrayList<>());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                EntityManagerFactory server = servers.get(i % servers.size());
                String owner = "instance-" + i;
                outcomes.add(pool.submit(sweeper(server, owner, go, claimed)));
            }
            go.countDown();
            for (Future<Integer> outcome : outcomes) {
                outcome.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(uploadCount).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(all);
    }

    /** One instance's sweep loop: claims batches of 4 until nothing is left. */
    private static Callable<Integer> sweeper(
            EntityManagerFactory server, String owner, CountDownLatch go, List<UUID> claimed) {
        return () -> {
            go.await(30, TimeUnit.SECONDS);
            int total = 0;
            for (int round = 0; round < 100; round++) {
                EntityManager em = server.createEntityManager();
                try {
                    JpaDirectUploadRepository repository = new JpaDirectUploadRepository(em);
                    Instant now = T0.plusSeconds(30);
                    List<DirectUpload> batch = new EntityTransactionUnitOfWork(em)
                            .inTransaction(() -> repository.claimDue(now, now.plus(LEASE), owner, 4));
                    batch.forEach(u -> claimed.add(u.id().value()));
                    total += batch.size();
                    if (batch.isEmpty()) {
                        return total;
                    }
                } finally {
                    em.close();
                }
            }
            return total;
        };
    }
}
