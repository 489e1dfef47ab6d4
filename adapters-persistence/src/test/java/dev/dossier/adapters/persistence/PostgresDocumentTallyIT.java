package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link AbstractDocumentTallyTest} on PostgreSQL, where triggers keep the tally: also a bulk
 * {@code INSERT ... SELECT} and {@code DELETE} in plain SQL (the bench's seed, an operator's repair),
 * and concurrent uploads on two server instances.
 */
class PostgresDocumentTallyIT extends AbstractDocumentTallyTest {
    private static final int UPLOADERS = 8;
    private static final int UPLOADS_EACH = 15;

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @Test
    void givenBulkInsertAndDeleteInPlainSql_whenCounted_thenTheTallyFollows() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        upload(tenant, DocumentOwner.entity(business.id()), "Passport", null, 1);

        int inserted = sql(
                "INSERT INTO document (id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256,"
                        + " storage_key, document_type, business_type, classification, uploaded_by, created_at,"
                        + " updated_at, review_status, decided_at, decided_by, rejection_reason)"
                        + " SELECT gen_random_uuid(), ?, ?, 'bulk.pdf', 'application/pdf', 1, repeat('0', 64),"
                        + " 'bulk/' || gen_random_uuid(), CASE WHEN g % 3 = 0 THEN 'PASSPORT' ELSE 'Tax Return' END,"
                        + " CASE WHEN g % 3 = 0 THEN 'IDENTIFICATION' ELSE 'TAX_FORM' END, 'ENTITY_PRIVATE',"
                        + " 'bulk@example.com', now(), now(),"
                        + " CASE WHEN g % 5 = 0 THEN 'REJECTED' ELSE 'PENDING' END,"
                        + " CASE WHEN g % 5 = 0 THEN now() END, CASE WHEN g % 5 = 0 THEN 'r@example.com' END,"
                        + " CASE WHEN g % 5 = 0 THEN 'blurry' END"
                        + " FROM generate_series(1, 3000) g",
                tenant.id().value(), business.id().value());
        int deleted = sql(
                "DELETE FROM document WHERE tenant_id = ? AND entity_id = ? AND document_type = 'Tax Return'"
                        + " AND review_status = 'REJECTED'",
                tenant.id().value(),
                business.id().value());

        assertThat(inserted).isEqualTo(3000);
        assertThat(deleted).isEqualTo(400);
        assertThat(documents()
                        .count(new DocumentFilter(tenant.id(), DocumentOwner.entity(business.id()), Optional.empty())))
                .isEqualTo(1 + 3000 - 400);
        assertTotalsMatchRows(tenant, business);
    }

    @Test
    void givenConcurrentUploadsOnTwoServers_whenAllCommitted_thenEveryOneIsCounted() throws Exception {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < UPLOADERS; i++) {
                EntityManagerFactory server = servers.get(i % 2);
                String type = i % 2 == 0 ? "Passport" : "Bank Statement";
                uploads.add(pool.submit(() -> {
                    for (int n = 0; n < UPLOADS_EACH; n++) {
                        EntityManager own = server.createEntityManager();
                        try {
                            Document d = newDocument(
                                    DocumentId.generate(), tenant.id(), DocumentOwner.entity(business.id()), type, T0);
                            new EntityTransactionUnitOfWork(own)
                                    .inTransaction(() -> new JpaDocumentRepository(own).save(d));
                        } finally {
                            own.close();
                        }
                    }
                }));
            }
            for (Future<?> upload : uploads) {
                upload.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(documents()
                        .count(new DocumentFilter(tenant.id(), DocumentOwner.entity(business.id()), Optional.empty())))
                .isEqualTo(UPLOADERS * UPLOADS_EACH);
        assertTotalsMatchRows(tenant, business);
    }
}
