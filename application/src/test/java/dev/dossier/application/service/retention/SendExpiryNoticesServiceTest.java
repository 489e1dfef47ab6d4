package dev.dossier.application.service.retention;

import static dev.dossier.application.fakes.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.fakes.EventAssertions;
import dev.dossier.application.fakes.InMemoryPorts;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.FileName;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.StoredFile;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SendExpiryNoticesServiceTest {
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private final InMemoryPorts ports = new InMemoryPorts(NOW);
    private final TenantId tenant = TenantId.generate();

    private SendExpiryNoticesService service(int days) {
        return new SendExpiryNoticesService(
                ports.expiryNotices(), ports.events(), ports.time(), ports.tx(), new ExpiryNoticeSettings(days));
    }

    private Document expiringOn(LocalDate expiry) {
        DocumentId id = DocumentId.generate();
        Document d = Document.upload(
                id,
                tenant,
                DocumentOwner.library(),
                new StoredFile(
                        new FileName("jane-roe-passport.pdf"),
                        "application/pdf",
                        10,
                        "ab".repeat(32),
                        StorageKey.generate(tenant)),
                "Passport",
                null,
                "jane@example.com",
                expiry,
                NOW.minus(Duration.ofDays(400)));
        ports.documents().save(d);
        return d;
    }

    private List<String> idsOf(EventType type) {
        return ports.events().ofType(type).stream()
                .map(e -> e.data().get("document_id"))
                .toList();
    }

    private static String id(Document d) {
        return d.id().value().toString();
    }

    @Test
    void givenDocumentsAroundTheWindow_whenSent_thenEachDueNoticeOnceAndNoneOutside() {
        Document today = expiringOn(TODAY);
        Document inTen = expiringOn(TODAY.plusDays(10));
        Document lastDay = expiringOn(TODAY.plusDays(30));
        expiringOn(TODAY.plusDays(31));
        Document yesterday = expiringOn(TODAY.minusDays(1));
        expiringOn(null);

        assertThat(service(30).sendBatch()).isEqualTo(4);

        assertThat(idsOf(EventType.DOCUMENT_EXPIRING)).containsExactly(id(today), id(inTen), id(lastDay));
        assertThat(idsOf(EventType.DOCUMENT_EXPIRED)).containsExactly(id(yesterday));
        DomainEvent expiring =
                ports.events().ofType(EventType.DOCUMENT_EXPIRING).get(1);
        assertThat(expiring.tenantId()).isEqualTo(tenant);
        assertThat(expiring.createdAt()).isEqualTo(NOW);
        assertThat(expiring.data())
                .containsEntry("expiry_date", TODAY.plusDays(10).toString())
                .containsEntry("status", "pending");
        EventAssertions.mentionNone(ports.events().events(), "jane", "passport.pdf");

        assertThat(service(30).sendBatch()).as("sent once").isZero();
        assertThat(ports.events().events()).hasSize(4);
    }

    @Test
    void givenDaysPass_whenSentDaily_thenExpiringThenExpiredForTheSameDocument() {
        Document d = expiringOn(TODAY.plusDays(40));
        SendExpiryNoticesService service = service(30);

        assertThat(service.sendBatch()).isZero();
        ports.time().advance(Duration.ofDays(10));
        assertThat(service.sendBatch()).isEqualTo(1);
        ports.time().advance(Duration.ofDays(1));
        assertThat(service.sendBatch()).isZero();
        ports.time().advance(Duration.ofDays(30));
        assertThat(service.sendBatch()).isEqualTo(1);
        assertThat(service.sendBatch()).isZero();

        assertThat(ports.events().events())
                .extracting(DomainEvent::type)
                .containsExactly(EventType.DOCUMENT_EXPIRING, EventType.DOCUMENT_EXPIRED);
        assertThat(ports.events().events()).allSatisfy(e -> assertThat(e.data()).containsEntry("document_id", id(d)));
    }

    @Test
    void givenDeletedDocument_whenSent_thenNoNotice() {
        Document d = expiringOn(TODAY.plusDays(1));
        ports.documents().delete(tenant, d.id());

        assertThat(service(30).sendBatch()).isZero();
        assertThat(ports.events().events()).isEmpty();
    }

    @Test
    void givenMoreThanABatch_whenSentRepeatedly_thenEveryDocumentOnceInBatches() {
        IntStream.range(0, SendExpiryNoticesService.BATCH + 7).forEach(i -> expiringOn(TODAY.plusDays(i % 20)));
        SendExpiryNoticesService service = service(30);

        assertThat(service.sendBatch()).isEqualTo(SendExpiryNoticesService.BATCH);
        assertThat(service.sendBatch()).isEqualTo(7);
        assertThat(service.sendBatch()).isZero();
        assertThat(idsOf(EventType.DOCUMENT_EXPIRING))
                .hasSize(SendExpiryNoticesService.BATCH + 7)
                .doesNotHaveDuplicates();
    }

    @Test
    void givenTwoInstancesRacing_whenBothSend_thenEachNoticeExactlyOnce() throws Exception {
        IntStream.range(0, 300).forEach(i -> expiringOn(TODAY.plusDays(i % 30)));
        Thread[] instances = new Thread[2];
        for (int i = 0; i < instances.length; i++) {
            SendExpiryNoticesService service = service(30);
            instances[i] = new Thread(() -> {
                while (service.sendBatch() > 0) {
                    Thread.onSpinWait();
                }
            });
            instances[i].start();
        }
        for (Thread t : instances) {
            t.join(10_000);
        }

        assertThat(idsOf(EventType.DOCUMENT_EXPIRING)).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void givenBadSetting_whenParsed_thenRefusedNamingIt() {
        assertThat(ExpiryNoticeSettings.parse(null).days()).isEqualTo(30);
        assertThat(ExpiryNoticeSettings.parse(" 7 ").days()).isEqualTo(7);
        assertThatThrownBy(() -> ExpiryNoticeSettings.parse("thirty"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOSSIER_EXPIRY_NOTICE_DAYS must be a whole number of days, not 'thirty'");
        assertThatThrownBy(() -> ExpiryNoticeSettings.parse("-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOSSIER_EXPIRY_NOTICE_DAYS must be from 0 to 3650 days, not -1");
    }
}
