package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library lists' statements on PostgreSQL are served in their order by an index, not by sorting the
 * tenant's library: the shapes of the newest page, the newest page of one type and a cursor page, planned
 * against a library and an entity of a few thousand documents each.
 */
class PostgresLibraryListPlanIT extends PersistenceContractTest {
    private static final int DOCUMENTS = 4000;

    private UUID tenantId;

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @BeforeEach
    void givenALargeLibraryAndALargeEntity() {
        Tenant tenant = givenTenant();
        Entity entity = givenEntity(tenant);
        tenantId = tenant.id().value();
        sql(bulkInsert("NULL"), tenantId);
        sql(bulkInsert("?"), tenantId, entity.id().value());
        sql("ANALYZE document");
    }

    @Test
    void givenNewestLibraryPage_whenPlanned_thenReadInOrderFromTheLibraryIndex() throws SQLException {
        String plan = plan("SELECT d.* FROM document d WHERE d.tenant_id = '" + tenantId + "' AND d.entity_id IS NULL"
                + " ORDER BY d.created_at DESC, d.id DESC LIMIT 50");

        assertThat(plan).contains("document_library_created_ix").doesNotContain("Sort");
    }

    @Test
    void givenNewestLibraryPageOfOneType_whenPlanned_thenReadInOrderFromTheLibraryTypeIndex() throws SQLException {
        String plan = plan("SELECT d.* FROM document d WHERE d.tenant_id = '" + tenantId + "' AND d.entity_id IS NULL"
                + " AND LOWER(d.document_type) = LOWER('passport') ORDER BY d.created_at DESC, d.id DESC LIMIT 50");

        assertThat(plan).contains("document_library_type_ix").doesNotContain("Sort");
    }

    @Test
    void givenLibraryCursorPage_whenPlanned_thenReadInOrderFromTheLibraryIndex() throws SQLException {
        String plan = plan("SELECT d.* FROM document d WHERE d.tenant_id = '" + tenantId + "' AND d.entity_id IS NULL"
                + " AND (d.created_at <= now() - interval '1000 seconds'"
                + " AND (d.created_at < now() - interval '1000 seconds' OR d.id < '" + tenantId + "'))"
                + " ORDER BY d.created_at DESC, d.id DESC LIMIT 101");

        assertThat(plan).contains("document_library_created_ix").doesNotContain("Sort");
    }

    /** {@value #DOCUMENTS} documents of the tenant (the first parameter) and the owner {@code entityId}. */
    private static String bulkInsert(String entityId) {
        return "INSERT INTO document (id, tenant_id, entity_id, file_name, content_type, size_bytes, sha256,"
                + " storage_key, document_type, business_type, classification, uploaded_by, created_at,"
                + " updated_at, review_status)"
                + " SELECT gen_random_uuid(), ?, " + entityId + ", 'bulk.pdf', 'application/pdf', 1,"
                + " repeat('0', 64), 'bulk/' || gen_random_uuid(),"
                + " CASE WHEN g % 3 = 0 THEN 'Passport' ELSE 'Bank Statement' END, 'OTHER', 'ENTITY_PRIVATE',"
                + " 'bulk@example.com', now() - g * interval '1 second', now(), 'PENDING'"
                + " FROM generate_series(1, " + DOCUMENTS + ") g";
    }

    private String plan(String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("EXPLAIN (COSTS OFF) " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
