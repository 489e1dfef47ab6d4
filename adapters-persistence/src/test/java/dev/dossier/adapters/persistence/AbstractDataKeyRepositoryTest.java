package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Contract of {@link DataKeyRepository} and of the documents' encryption columns, run on every database. */
abstract class AbstractDataKeyRepositoryTest extends PersistenceContractTest {
    private static final int RACERS = 8;

    private DataKeyRepository repository() {
        return new JpaDataKeyRepository(em);
    }

    private DocumentRepository documents() {
        return new JpaDocumentRepository(em);
    }

    private static DataKey key(Tenant tenant, DocumentOwner owner, String masterKeyId, String material) {
        return DataKey.create(
                DataKeyId.generate(),
                tenant.id(),
                owner,
                new WrappedKey(masterKeyId, material.getBytes(StandardCharsets.UTF_8)),
                T0);
    }

    @Test
    void givenSavedKeys_whenFoundByOwnerAndById_thenEveryFieldRoundTrips() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        DataKey library = key(tenant, DocumentOwner.library(), "mk1-a", "library key");
        DataKey ofEntity = key(tenant, DocumentOwner.entity(entity.id()), "mk1-a", "entity key");

        inTx(() -> {
            repository().saveIfAbsent(library);
            repository().saveIfAbsent(ofEntity);
        });

        DataKey found =
                repository().findForOwner(tenant.id(), DocumentOwner.library()).orElseThrow();
        assertThat(found.id()).isEqualTo(library.id());
        assertThat(found.owner()).isEqualTo(DocumentOwner.library());
        assertThat(found.wrapped()).isEqualTo(library.wrapped());
        assertThat(found.createdAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MICROS));
        assertThat(repository().findForOwner(tenant.id(), DocumentOwner.entity(entity.id())))
                .map(DataKey::id)
                .contains(ofEntity.id());
        assertThat(repository().findById(tenant.id(), ofEntity.id()))
                .map(k -> k.owner())
                .contains(DocumentOwner.entity(entity.id()));
    }

    @Test
    void givenAnotherTenantsKey_whenFoundById_thenEmpty() {
        Tenant mine = givenTenant();
        Tenant theirs = givenTenant();
        DataKey key = key(theirs, DocumentOwner.library(), "mk1-a", "theirs");
        inTx(() -> repository().saveIfAbsent(key));

        assertThat(repository().findById(mine.id(), key.id())).isEmpty();
        assertThat(repository().findForOwner(mine.id(), DocumentOwner.library()))
                .isEmpty();
    }

    @Test
    void givenOwnerWithAKey_whenAnotherIsSaved_thenTheFirstIsReturnedAndKept() {
        Tenant tenant = givenTenant();
        DataKey first = key(tenant, DocumentOwner.library(), "mk1-a", "first");
        inTx(() -> repository().saveIfAbsent(first));

        DataKey answer = inTx(() -> repository().saveIfAbsent(key(tenant, DocumentOwner.library(), "mk1-a", "second")));

        assertThat(answer.id()).isEqualTo(first.id());
        assertThat(answer.wrapped()).isEqualTo(first.wrapped());
    }

    @Test
    void givenKeysOfTwoMasterKeys_whenRewrapped_thenOnlyTheExpectedFormIsReplaced() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        DataKey old = key(tenant, DocumentOwner.library(), "mk1-old", "old");
        DataKey current = key(tenant, DocumentOwner.entity(entity.id()), "mk1-new", "new");
        inTx(() -> {
            repository().saveIfAbsent(old);
            repository().saveIfAbsent(current);
        });

        assertThat(repository().wrappedWithOtherThan("mk1-new", 10))
                .extracting(DataKey::id)
                .contains(old.id())
                .doesNotContain(current.id());
        assertThat(repository().oneKeyPerMasterKey())
                .extracting(k -> k.wrapped().masterKeyId())
                .contains("mk1-old", "mk1-new");

        WrappedKey rewrapped = new WrappedKey("mk1-new", "old, rewrapped".getBytes(StandardCharsets.UTF_8));
        assertThat(inTx(() -> repository().rewrap(old.rewrapped(rewrapped), current.wrapped())))
                .isFalse();
        assertThat(inTx(() -> repository().rewrap(old.rewrapped(rewrapped), old.wrapped())))
                .isTrue();

        em.clear();
        assertThat(repository().findById(tenant.id(), old.id()))
                .map(DataKey::wrapped)
                .contains(rewrapped);
        assertThat(repository().wrappedWithOtherThan("mk1-new", 10))
                .extracting(DataKey::id)
                .doesNotContain(old.id());
    }

    @Test
    void givenDocumentStoredInClear_whenItsEncryptedObjectIsRecorded_thenOnlyFromTheExpectedKey() {
        Tenant tenant = givenTenant();
        Document clear = givenLibraryDocument(tenant);
        DataKey key = key(tenant, DocumentOwner.library(), "mk1-a", "k");
        inTx(() -> repository().saveIfAbsent(key));
        assertThat(documents().storedInClear(10_000)).extracting(Document::id).contains(clear.id());
        long before = documents().countStoredInClear();

        StorageKey moved = StorageKey.generate(tenant.id());
        Document sealed = clear.sealedAt(moved, key.id());
        assertThat(inTx(() -> documents().replaceStoredFile(sealed, StorageKey.generate(tenant.id()))))
                .isFalse();
        assertThat(inTx(() -> documents().replaceStoredFile(sealed, clear.file().storageKey())))
                .isTrue();

        em.clear();
        Document read = documents().findById(tenant.id(), clear.id()).orElseThrow();
        assertThat(read.file().storageKey()).isEqualTo(moved);
        assertThat(read.file().sealedWith()).contains(key.id());
        assertThat(read.file().sha256()).isEqualTo(clear.file().sha256());
        assertThat(documents().storedInClear(10_000)).extracting(Document::id).doesNotContain(clear.id());
        assertThat(documents().countStoredInClear()).isEqualTo(before - 1);
    }

    /**
     * The first uploads of one owner on several server instances at once: every instance ends up
     * with the same key, and only one row exists.
     */
    @Test
    void givenNoKey_whenManyInstancesCreateOneForTheSameOwnerAtOnce_thenAllGetTheOneStored() throws Exception {
        Tenant tenant = givenTenant();
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<DataKeyId>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                DataKey candidate = key(tenant, DocumentOwner.library(), "mk1-a", "candidate-" + i);
                answers.add(pool.submit(create(servers.get(i % servers.size()), candidate, ready, go)));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            Set<DataKeyId> ids = new HashSet<>();
            for (Future<DataKeyId> answer : answers) {
                ids.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(ids).hasSize(1);
            assertThat(repository().findForOwner(tenant.id(), DocumentOwner.library()))
                    .map(DataKey::id)
                    .contains(ids.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<DataKeyId> create(
            EntityManagerFactory server, DataKey candidate, CountDownLatch ready, CountDownLatch go) {
        return () -> {
            EntityManager own = server.createEntityManager();
            try {
                return new EntityTransactionUnitOfWork(own).inTransaction(() -> {
                    own.createNativeQuery("SELECT 1").getSingleResult();
                    ready.countDown();
                    try {
                        go.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return new JpaDataKeyRepository(own).saveIfAbsent(candidate).id();
                });
            } finally {
                own.close();
            }
        };
    }
}
