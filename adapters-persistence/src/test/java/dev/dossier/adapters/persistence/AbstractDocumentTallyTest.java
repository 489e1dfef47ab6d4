package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.domain.document.BusinessType;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists' totals come from {@code document_tally}: after uploads, review decisions and deletions
 * every total equals a COUNT of the rows themselves, and an owner without documents leaves no tally
 * row. Run on every database.
 */
abstract class AbstractDocumentTallyTest extends PersistenceContractTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    JpaDocumentRepository documents() {
        return new JpaDocumentRepository(em);
    }

    Document upload(Tenant tenant, DocumentOwner owner, String type, LocalDate expiry, int second) {
        Document d = Document.upload(
                DocumentId.generate(),
                tenant.id(),
                owner,
                storedFile(tenant.id(), "doc.pdf"),
                type,
                null,
                "uploader@example.com",
                expiry,
                T0.plusSeconds(second));
        inTx(() -> documents().save(d));
        return d;
    }

    void verify(Document d, int second) {
        d.verify("reviewer@example.com", T0.plusSeconds(second));
        assertThat(inTx(() -> documents().saveReview(d, VerificationStatus.PENDING)))
                .isTrue();
    }

    void reject(Document d, int second) {
        d.reject("reviewer@example.com", "blurry", T0.plusSeconds(second));
        assertThat(inTx(() -> documents().saveReview(d, VerificationStatus.PENDING)))
                .isTrue();
    }

    /** The rows themselves, counted with SQL on a connection of its own. */
    long rows(String where, Object... values) {
        try (Connection c = database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM document WHERE " + where)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long tallyRowsOf(UUID ownerId) {
        try (Connection c = database().dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM document_tally WHERE owner_id = ?")) {
            ps.setObject(1, ownerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every v1/v2 and business total of the owner agrees with the rows. */
    void assertTotalsMatchRows(Tenant tenant, Entity business) {
        UUID t = tenant.id().value();
        UUID b = business.id().value();
        DocumentOwner owner = DocumentOwner.entity(business.id());
        assertThat(documents().count(new DocumentFilter(tenant.id(), owner, Optional.empty())))
                .isEqualTo(rows("tenant_id = ? AND entity_id = ?", t, b));
        for (String type : List.of("passport", "BANK STATEMENT", "Tax Return", "nothing of this")) {
            assertThat(documents().count(new DocumentFilter(tenant.id(), owner, Optional.of(type))))
                    .as(type)
                    .isEqualTo(rows("tenant_id = ? AND entity_id = ? AND LOWER(document_type) = LOWER(?)", t, b, type));
        }
        assertThat(documents().count(new DocumentFilter(tenant.id(), DocumentOwner.library(), Optional.empty())))
                .isEqualTo(rows("tenant_id = ? AND entity_id IS NULL", t));
        List<BusinessType> types = new ArrayList<>(List.of(BusinessType.values()));
        types.add(null);
        List<VerificationStatus> statuses = new ArrayList<>(List.of(VerificationStatus.values()));
        statuses.add(null);
        for (BusinessType type : types) {
            for (VerificationStatus status : statuses) {
                BusinessDocumentQuery q = new BusinessDocumentQuery(
                        tenant.id(),
                        business.id(),
                        Optional.ofNullable(type),
                        Optional.ofNullable(status),
                        TODAY,
                        0,
                        0);
                long expected = documents()
                        .listForBusiness(new BusinessDocumentQuery(
                                q.tenantId(), q.businessId(), q.type(), q.status(), TODAY, 0, 100_000))
                        .size();
                assertThat(documents().countForBusiness(q))
                        .as("%s %s", type, status)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void givenUploadsReviewsAndDeletions_whenCounted_thenEveryTotalMatchesTheRows() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        DocumentOwner owner = DocumentOwner.entity(business.id());
        List<Document> passports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            passports.add(upload(tenant, owner, i % 2 == 0 ? "Passport" : "PASSPORT", null, i));
        }
        Document statement = upload(tenant, owner, "Bank Statement", TODAY.plusDays(30), 10);
        Document oldStatement = upload(tenant, owner, "bank statement", TODAY.minusDays(1), 11);
        Document tax = upload(tenant, owner, "Tax Return", null, 12);
        upload(tenant, DocumentOwner.library(), "Passport", null, 13);
        // another tenant's documents of an entity never count
        Tenant other = givenTenant();
        upload(other, DocumentOwner.entity(givenEntity(other).id()), "Passport", null, 14);

        verify(passports.get(0), 20);
        verify(statement, 21);
        verify(oldStatement, 22);
        reject(tax, 23);
        inTx(() -> documents().delete(tenant.id(), passports.get(1).id()));
        inTx(() -> documents().delete(tenant.id(), passports.get(0).id()));

        assertThat(documents().count(new DocumentFilter(tenant.id(), owner, Optional.of("passport"))))
                .isEqualTo(3);
        assertTotalsMatchRows(tenant, business);
        // the expired statement counts as expired, not as verified
        assertThat(documents()
                        .countForBusiness(new BusinessDocumentQuery(
                                tenant.id(),
                                business.id(),
                                Optional.empty(),
                                Optional.of(VerificationStatus.EXPIRED),
                                TODAY,
                                0,
                                10)))
                .isEqualTo(1);
    }

    @Test
    void givenEveryDocumentOfAnOwnerDeleted_whenTallied_thenNoRowNamesTheOwner() {
        Tenant tenant = givenTenant();
        Entity business = givenEntity(tenant);
        Entity kept = givenEntity(tenant);
        DocumentOwner owner = DocumentOwner.entity(business.id());
        Document a = upload(tenant, owner, "Passport", null, 1);
        Document b = upload(tenant, owner, "Tax Return", null, 2);
        reject(b, 3);
        upload(tenant, DocumentOwner.entity(kept.id()), "Passport", null, 4);

        inTx(() -> {
            documents().delete(tenant.id(), a.id());
            documents().delete(tenant.id(), b.id());
        });

        assertThat(tallyRowsOf(business.id().value())).isZero();
        assertThat(tallyRowsOf(kept.id().value())).isEqualTo(1);
        assertThat(documents().count(new DocumentFilter(tenant.id(), owner, Optional.empty())))
                .isZero();
    }
}
