package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.document.DocumentRef;
import dev.dossier.application.port.in.response.AttachDocumentCommand;
import dev.dossier.application.port.in.response.AttachmentRef;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.StoredObject;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.service.document.DeleteDocumentService;
import dev.dossier.application.service.document.DocumentAudit;
import dev.dossier.application.service.hold.LegalHolds;
import dev.dossier.application.service.response.AttachDocumentService;
import dev.dossier.application.service.response.DeleteResponseDocumentService;
import dev.dossier.domain.attachment.Attachment;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.DocumentReferencedException;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.Scope;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Races between attaching, detaching and deleting one document, run by two transactions on two
 * connections of PostgreSQL at the same moment, many rounds each: the database decides who goes
 * first, and the loser gets the contract's answer, never a server error or a stray row.
 */
class PostgresAttachmentRacesIT extends PersistenceContractTest {
    private static final int ROUNDS = 15;
    private static final TimeSource CLOCK = () -> T0;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<EntityManager> sides = new ArrayList<>();
    private final ConcurrentLinkedQueue<StorageKey> deletedObjects = new ConcurrentLinkedQueue<>();

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @AfterEach
    void closeSides() {
        pool.shutdownNow();
        sides.forEach(EntityManager::close);
    }

    @Test
    void givenTwoConcurrentAttachesOfOneDocumentToOneQuestion_thenOneWinsAndTheOtherIsRefused() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Tenant tenant = givenTenant();
            Caller caller = caller(tenant);
            QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
            Document document = givenLibraryDocument(tenant);
            AttachDocumentCommand command = new AttachDocumentCommand(
                    caller, response.id(), document.id().toString(), "2");

            List<Object> outcomes = race(
                    em -> attachService(em).attach(command),
                    em -> attachService(em).attach(command));

            assertThat(outcomes)
                    .filteredOn(o -> o instanceof ValidationException)
                    .hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof Throwable)).hasSize(1);
            assertThat(new JpaAttachmentRepository(em).countForDocument(tenant.id(), document.id()))
                    .isEqualTo(1);
        }
    }

    @Test
    void givenAnswerUploadWithTwoAttachments_whenBothDetachedAtOnce_thenDocumentAndBytesGo() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Tenant tenant = givenTenant();
            Caller caller = caller(tenant);
            QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
            Document document = givenDocument(tenant, DocumentOwner.entity(response.entityId()), "Passport", T0);
            Attachment first = Attachment.attach(tenant.id(), response.id(), document.id(), 1, true, T0);
            Attachment second = Attachment.attach(tenant.id(), response.id(), document.id(), 2, true, T0);
            inTx(() -> {
                new JpaAttachmentRepository(em).save(first);
                new JpaAttachmentRepository(em).save(second);
            });

            List<Object> outcomes = race(
                    em -> {
                        detachService(em).delete(new AttachmentRef(caller, response.id(), first.id()));
                        return "detached";
                    },
                    em -> {
                        detachService(em).delete(new AttachmentRef(caller, response.id(), second.id()));
                        return "detached";
                    });

            assertThat(outcomes).containsExactly("detached", "detached");
            assertThat(new JpaDocumentRepository(em).findById(tenant.id(), document.id()))
                    .isEmpty();
            assertThat(deletedObjects).contains(document.file().storageKey());
        }
    }

    @Test
    void givenLibraryDocument_whenDeletedWhileBeingAttached_thenOneWinsAndTheOtherGetsItsClientError()
            throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Tenant tenant = givenTenant();
            Caller caller = caller(tenant);
            QuestionnaireResponse response = givenQuestionnaireResponse(tenant);
            Document document = givenLibraryDocument(tenant);

            List<Object> outcomes = race(
                    em -> attachService(em)
                            .attach(new AttachDocumentCommand(
                                    caller, response.id(), document.id().toString(), "1")),
                    em -> {
                        deleteService(em).delete(new DocumentRef(caller, DocumentOwner.library(), document.id()));
                        return "deleted";
                    });

            boolean attached = !(outcomes.get(0) instanceof Throwable);
            if (attached) {
                assertThat(outcomes.get(1)).isInstanceOf(DocumentReferencedException.class);
                assertThat(new JpaDocumentRepository(em).findById(tenant.id(), document.id()))
                        .isPresent();
            } else {
                assertThat(outcomes.get(0)).isInstanceOf(ValidationException.class);
                assertThat(outcomes.get(1)).isEqualTo("deleted");
                assertThat(new JpaDocumentRepository(em).findById(tenant.id(), document.id()))
                        .isEmpty();
            }
        }
    }

    /** Runs both sides at once, each in its own transaction on its own connection; their results or exceptions. */
    private List<Object> race(Function<EntityManager, Object> left, Function<EntityManager, Object> right)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Object>> futures = new ArrayList<>();
        for (Function<EntityManager, Object> side : List.of(left, right)) {
            EntityManager sideEm = database().entityManagerFactory().createEntityManager();
            sides.add(sideEm);
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return new EntityTransactionUnitOfWork(sideEm).inTransaction(() -> side.apply(sideEm));
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        em.clear();
        return outcomes;
    }

    private static Caller caller(Tenant tenant) {
        return new Caller(tenant.id(), ApiKeyId.generate(), "races@example.com", Set.of(Scope.DOCUMENTS));
    }

    private AttachDocumentService attachService(EntityManager sideEm) {
        return new AttachDocumentService(
                new JpaQuestionnaireResponseRepository(sideEm),
                new JpaDocumentRepository(sideEm),
                new JpaAttachmentRepository(sideEm),
                CLOCK,
                new EntityTransactionUnitOfWork(sideEm));
    }

    private DeleteResponseDocumentService detachService(EntityManager sideEm) {
        return new DeleteResponseDocumentService(
                new JpaQuestionnaireResponseRepository(sideEm),
                new JpaAttachmentRepository(sideEm),
                new JpaDocumentRepository(sideEm),
                new JpaDownloadTokenRepository(sideEm, database().dataSource()),
                recordingStore(),
                new DocumentAudit(new JpaAuditEventRepository(sideEm), CLOCK),
                new LegalHolds(new JpaLegalHoldRepository(sideEm)),
                new EntityTransactionUnitOfWork(sideEm),
                event -> {}, // the events are not what these races are about
                CLOCK);
    }

    private DeleteDocumentService deleteService(EntityManager sideEm) {
        return new DeleteDocumentService(
                new JpaDocumentRepository(sideEm),
                new JpaAttachmentRepository(sideEm),
                new JpaDownloadTokenRepository(sideEm, database().dataSource()),
                recordingStore(),
                new DocumentAudit(new JpaAuditEventRepository(sideEm), CLOCK),
                new LegalHolds(new JpaLegalHoldRepository(sideEm)),
                new EntityTransactionUnitOfWork(sideEm),
                CLOCK,
                new JpaEventOutbox(sideEm));
    }

    /** A content store that only notes which objects it was told to delete. */
    private DocumentContentStore recordingStore() {
        return new DocumentContentStore() {
            @Override
            public void put(StorageKey key, InputStream content, long size, String contentType) {
                throw new UnsupportedOperationException();
            }

            @Override
            public InputStream open(StorageKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean exists(StorageKey key) {
                return false;
            }

            @Override
            public void delete(StorageKey key) {
                deletedObjects.add(key);
            }

            @Override
            public void checkReachable() {}

            @Override
            public List<StoredObject> list(String afterKey, int limit) {
                return List.of();
            }
        };
    }
}
