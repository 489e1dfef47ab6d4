package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link JpaExpiryNoticeRepository}, run on every database. The claims span every
 * tenant, so the tests drain them and look at their own tenant's documents only.
 */
abstract class AbstractExpiryNoticeTest extends PersistenceContractTest {
    private static final Instant NOW = T0.plus(Duration.ofDays(1));
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private JpaExpiryNoticeRepository notices() {
        return new JpaExpiryNoticeRepository(em);
    }

    private Document expiringOn(Tenant tenant, LocalDate expiry) {
        Document d = newDocument(tenant.id(), DocumentOwner.library(), null, expiry, T0);
        inTx(() -> new JpaDocumentRepository(em).save(d));
        return d;
    }

    private List<Document> drainExpiring(Tenant tenant, LocalDate today, LocalDate horizon, int limit) {
        List<Document> mine = new ArrayList<>();
        for (List<Document> batch;
                !(batch = inTx(() -> notices().claimExpiring(today, horizon, NOW, limit))).isEmpty(); ) {
            batch.stream().filter(d -> d.tenantId().equals(tenant.id())).forEach(mine::add);
        }
        return mine;
    }

    private List<Document> drainExpired(Tenant tenant, LocalDate today) {
        List<Document> mine = new ArrayList<>();
        for (List<Document> batch; !(batch = inTx(() -> notices().claimExpired(today, NOW, 3))).isEmpty(); ) {
            batch.stream().filter(d -> d.tenantId().equals(tenant.id())).forEach(mine::add);
        }
        return mine;
    }

    @Test
    void givenDocumentsAroundTheWindow_whenClaimed_thenTheDueOnesOnceWithTheirData() {
        Tenant tenant = givenTenant();
        Document today = expiringOn(tenant, TODAY);
        Document lastDay = expiringOn(tenant, TODAY.plusDays(30));
        expiringOn(tenant, TODAY.plusDays(31));
        Document yesterday = expiringOn(tenant, TODAY.minusDays(1));
        expiringOn(tenant, null);

        List<Document> expiring = drainExpiring(tenant, TODAY, TODAY.plusDays(30), 1);
        List<Document> expired = drainExpired(tenant, TODAY);

        assertThat(expiring).extracting(Document::id).containsExactly(today.id(), lastDay.id());
        assertThat(expiring.get(1).expiryDate()).contains(TODAY.plusDays(30));
        assertThat(expiring.get(1).documentType()).isEqualTo("Bank Statement");
        assertThat(expired).extracting(Document::id).containsExactly(yesterday.id());
        assertThat(drainExpiring(tenant, TODAY, TODAY.plusDays(30), 10))
                .as("claimed once")
                .isEmpty();
        assertThat(drainExpired(tenant, TODAY)).as("claimed once").isEmpty();
    }

    @Test
    void givenExpiringNoticeSent_whenTheDatePasses_thenTheExpiredNoticeIsStillClaimedOnce() {
        Tenant tenant = givenTenant();
        Document d = expiringOn(tenant, TODAY.plusDays(2));
        assertThat(drainExpiring(tenant, TODAY, TODAY.plusDays(30), 10))
                .extracting(Document::id)
                .containsExactly(d.id());

        LocalDate later = TODAY.plusDays(3);
        assertThat(drainExpiring(tenant, later, later.plusDays(30), 10)).isEmpty();
        assertThat(drainExpired(tenant, later)).extracting(Document::id).containsExactly(d.id());
        assertThat(drainExpired(tenant, later)).isEmpty();
    }

    @Test
    void givenDeletedDocument_whenClaimed_thenNone() {
        Tenant tenant = givenTenant();
        Document d = expiringOn(tenant, TODAY.plusDays(1));
        inTx(() -> new JpaDocumentRepository(em).delete(tenant.id(), d.id()));

        assertThat(drainExpiring(tenant, TODAY, TODAY.plusDays(30), 10)).isEmpty();
    }
}
