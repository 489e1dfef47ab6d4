package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.Classification;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.entity.EntityType;
import dev.dossier.domain.response.FileQuestion;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.shared.Sha256;
import dev.dossier.domain.tenant.Tenant;
import dev.dossier.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the port contract tests: a fresh entity manager on an emptied, migrated database before
 * each test, a resource-local unit of work, and builders of valid domain objects.
 */
abstract class PersistenceContractTest {
    /** An instant with nanoseconds: the databases keep microseconds. */
    static final Instant T0 = Instant.parse("2026-03-02T10:15:30.123456789Z");

    protected EntityManager em;
    protected UnitOfWork tx;

    /** The database the contract runs on. */
    protected abstract TestDatabase database();

    @BeforeEach
    void openEntityManager() {
        database().deleteAllRows();
        em = database().entityManagerFactory().createEntityManager();
        tx = new EntityTransactionUnitOfWork(em);
    }

    @AfterEach
    void closeEntityManager() {
        if (em != null && em.isOpen()) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * Runs {@code work} in a committed transaction, then forgets every managed object so the next read hits the
     * database.
     */
    protected void inTx(Runnable work) {
        tx.inTransaction(work);
        em.clear();
    }

    protected <T> T inTx(Supplier<T> work) {
        T result = tx.inTransaction(work);
        em.clear();
        return result;
    }

    /** Runs one SQL statement on a connection of its own, as an operator or a bulk job would; its update count. */
    protected int sql(String statement, Object... values) {
        try (Connection c = database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Tenant givenTenant() {
        Tenant tenant = new Tenant(TenantId.generate(), "Tenant " + UUID.randomUUID(), T0);
        inTx(() -> new JpaTenantRepository(em).save(tenant));
        return tenant;
    }

    protected Entity givenEntity(Tenant tenant) {
        Entity entity = Entity.create(tenant.id(), "Acme Ltd", EntityType.COMPANY, T0);
        inTx(() -> new JpaEntityRepository(em).save(entity));
        return entity;
    }

    /** A draft response of a new entity of the tenant, with file questions 1, 2 and 7. */
    protected QuestionnaireResponse givenQuestionnaireResponse(Tenant tenant) {
        Entity entity = givenEntity(tenant);
        QuestionnaireResponse response = QuestionnaireResponse.start(
                tenant.id(),
                entity.id(),
                List.of(
                        new FileQuestion(1, "Bank Statement"),
                        new FileQuestion(2, "Passport"),
                        new FileQuestion(7, "Tax Return")),
                T0);
        inTx(() -> new JpaQuestionnaireResponseRepository(em).save(response));
        return response;
    }

    protected ResponseId givenResponse(Tenant tenant) {
        return givenQuestionnaireResponse(tenant).id();
    }

    protected Document givenDocument(Tenant tenant, DocumentOwner owner, String type, Instant createdAt) {
        Document document = newDocument(tenant.id(), owner, type, createdAt);
        inTx(() -> new JpaDocumentRepository(em).save(document));
        return document;
    }

    protected Document givenLibraryDocument(Tenant tenant) {
        return givenDocument(tenant, DocumentOwner.library(), "Passport", T0);
    }

    static Document newDocument(TenantId tenantId, DocumentOwner owner, String type, Instant createdAt) {
        return newDocument(DocumentId.generate(), tenantId, owner, type, createdAt);
    }

    static Document newDocument(DocumentId id, TenantId tenantId, DocumentOwner owner, String type, Instant createdAt) {
        return Document.upload(
                id,
                tenantId,
                owner,
                storedFile(tenantId, "scan.pdf"),
                type,
                null,
                "uploader@example.com",
                null,
                createdAt);
    }

    static Document newDocument(
            TenantId tenantId,
            DocumentOwner owner,
            Classification classification,
            LocalDate expiry,
            Instant createdAt) {
        return Document.upload(
                DocumentId.generate(),
                tenantId,
                owner,
                storedFile(tenantId, "statement.pdf"),
                "Bank Statement",
                classification,
                "uploader@example.com",
                expiry,
                createdAt);
    }

    static StoredFile storedFile(TenantId tenantId, String name) {
        return new StoredFile(
                new FileName(name),
                "application/pdf",
                123_456L,
                Sha256.hexOf(UUID.randomUUID().toString()),
                StorageKey.generate(tenantId));
    }
}
