package dev.dossier.application.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.Fixtures;
import dev.dossier.application.fakes.InMemoryContentStore;
import dev.dossier.application.fakes.InMemoryDirectUploadRepository;
import dev.dossier.application.fakes.InMemoryDocumentRepository;
import dev.dossier.application.fakes.InMemoryMaintenanceLocks;
import dev.dossier.application.fakes.InMemoryObjectReferences;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconcileOrphanObjectsServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration GRACE = Duration.ofHours(1);
    private static final TenantId TENANT = TenantId.generate();

    private final MutableTimeSource time = new MutableTimeSource(NOW);
    private final InMemoryDocumentRepository documents = new InMemoryDocumentRepository();
    private final InMemoryDirectUploadRepository uploads = new InMemoryDirectUploadRepository();
    private final InMemoryContentStore store = new InMemoryContentStore();
    private final InMemoryMaintenanceLocks locks = new InMemoryMaintenanceLocks();

    private ReconcileOrphanObjectsService reconciler(String instance) {
        return new ReconcileOrphanObjectsService(
                store,
                new InMemoryObjectReferences(documents, uploads),
                locks,
                time,
                new DirectUnitOfWork(),
                new OrphanSettings(GRACE, Duration.ofMinutes(5), instance));
    }

    @Test
    void givenOldAndYoungObjectsWithAndWithoutRows_whenReconciled_thenOnlyOldOnesWithoutARowGo() {
        Document document = Fixtures.storedDocument(
                documents, store, TENANT, DocumentOwner.library(), "Passport", null, NOW.minus(Duration.ofDays(3)));
        store.seed(document.file().storageKey(), new byte[] {1}, NOW.minus(Duration.ofDays(3)));
        DirectUpload upload = DirectUpload.create(
                TENANT,
                EntityId.generate(),
                new FileName("a.pdf"),
                10,
                "u@example.com",
                NOW.minus(GRACE.multipliedBy(2)),
                Duration.ofMinutes(5));
        uploads.insert(upload);
        store.seed(upload.quarantineKey(), new byte[] {2}, NOW.minus(GRACE.multipliedBy(2)));
        StorageKey oldOrphan = StorageKey.generate(TENANT);
        store.seed(oldOrphan, new byte[] {3}, NOW.minus(GRACE).minusSeconds(1));
        StorageKey youngOrphan = StorageKey.generate(TENANT);
        store.seed(youngOrphan, new byte[] {4}, NOW.minus(GRACE).plusSeconds(1));

        assertThat(reconciler("a").reconcile()).isEqualTo(1);

        assertThat(store.objects()).containsOnlyKeys(document.file().storageKey(), upload.quarantineKey(), youngOrphan);
    }

    @Test
    void givenMoreObjectsThanOnePage_whenReconciled_thenEveryPageIsWorked() {
        int count = ReconcileOrphanObjectsService.PAGE * 2 + 7;
        IntStream.range(0, count)
                .forEach(i -> store.seed(StorageKey.generate(TENANT), new byte[] {0}, NOW.minus(Duration.ofDays(1))));

        assertThat(reconciler("a").reconcile()).isEqualTo(count);
        assertThat(store.objects()).isEmpty();
    }

    @Test
    void givenAnotherInstanceHoldingTheLease_whenReconciled_thenNothingIsDoneUntilItRunsOut() {
        StorageKey orphan = StorageKey.generate(TENANT);
        store.seed(orphan, new byte[] {1}, NOW.minus(Duration.ofDays(1)));
        reconciler("b").lease();

        assertThat(reconciler("a").reconcile()).isZero();
        assertThat(store.objects()).containsOnlyKeys(orphan);

        time.advance(ReconcileOrphanObjectsService.LEASE.plusSeconds(1)); // its holder was killed: the lease ran out
        assertThat(reconciler("a").reconcile()).isEqualTo(1);
    }

    @Test
    void givenAKilledHolder_whenAMinuteHasPassed_thenAnotherInstanceTakesOver() {
        reconciler("killed").lease();
        time.advance(Duration.ofSeconds(59));
        assertThat(reconciler("a").lease()).isFalse();

        time.advance(Duration.ofSeconds(2));
        assertThat(reconciler("a").lease()).isTrue();
    }

    @Test
    void givenGraceNotLongerThanTheDirectUploadTtl_whenConfigured_thenRefused() {
        assertThatThrownBy(() -> new OrphanSettings(Duration.ofMinutes(5), Duration.ofMinutes(5), "a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOSSIER_ORPHAN_GRACE_SECONDS");
    }
}
