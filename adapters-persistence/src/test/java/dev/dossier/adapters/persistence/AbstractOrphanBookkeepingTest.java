package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.MaintenanceLocks;
import dev.dossier.application.port.out.ObjectReferences;
import dev.dossier.domain.directupload.DirectUpload;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.tenant.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link MaintenanceLocks} and {@link ObjectReferences}, run on every database. */
abstract class AbstractOrphanBookkeepingTest extends PersistenceContractTest {
    private static final String LOCK = "orphan-reconciler";

    private MaintenanceLocks locks() {
        return new JpaMaintenanceLocks(em);
    }

    @AfterEach
    void freeTheLease() {
        inTx(() -> em.createNativeQuery("UPDATE maintenance_lock SET holder = NULL, locked_until = NULL")
                .executeUpdate());
    }

    @Test
    void givenFreeLease_whenTwoInstancesTryIt_thenOnlyTheFirstGetsItAndRenewsIt() {
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "a", T0, T0.plusSeconds(300))))
                .isTrue();
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "b", T0.plusSeconds(10), T0.plusSeconds(310))))
                .isFalse();
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "a", T0.plusSeconds(20), T0.plusSeconds(320))))
                .isTrue();
    }

    @Test
    void givenLeaseOfADeadInstance_whenItRunsOut_thenAnotherGetsIt() {
        inTx(() -> locks().tryAcquire(LOCK, "a", T0, T0.plusSeconds(300)));

        assertThat(inTx(() -> locks().tryAcquire(LOCK, "b", T0.plusSeconds(301), T0.plusSeconds(600))))
                .isTrue();
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "a", T0.plusSeconds(302), T0.plusSeconds(600))))
                .isFalse();
    }

    @Test
    void givenReleasedLease_whenTried_thenFree() {
        inTx(() -> locks().tryAcquire(LOCK, "a", T0, T0.plusSeconds(300)));
        inTx(() -> locks().release(LOCK, "b")); // not b's to give up
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "b", T0.plusSeconds(1), T0.plusSeconds(300))))
                .isFalse();

        inTx(() -> locks().release(LOCK, "a"));
        assertThat(inTx(() -> locks().tryAcquire(LOCK, "b", T0.plusSeconds(2), T0.plusSeconds(300))))
                .isTrue();
    }

    @Test
    void givenKeysOfDocumentsUploadsAndNothing_whenLookedUp_thenOnlyTheRowsKeysAreReferenced() {
        Tenant tenant = givenTenant();
        Document document = givenLibraryDocument(tenant);
        DirectUpload upload = DirectUpload.create(
                tenant.id(),
                givenEntity(tenant).id(),
                new FileName("passport.pdf"),
                1234,
                "uploader@example.com",
                T0,
                Duration.ofMinutes(5));
        inTx(() -> new JpaDirectUploadRepository(em).insert(upload));
        StorageKey orphan = StorageKey.generate(tenant.id());
        List<StorageKey> asked = new ArrayList<>(
                List.of(document.file().storageKey(), upload.quarantineKey(), upload.documentKey(), orphan));
        // more keys than one statement takes
        IntStream.range(0, 1200).forEach(i -> asked.add(StorageKey.generate(tenant.id())));

        assertThat(inTx(() -> new JpaObjectReferences(em).referenced(asked)))
                .containsExactlyInAnyOrder(document.file().storageKey(), upload.quarantineKey(), upload.documentKey());
    }
}
