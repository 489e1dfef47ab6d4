package dev.dossier.application.service.retention;

import dev.dossier.application.port.in.retention.SendExpiryNoticesUseCase;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.ExpiryNoticeRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.event.DocumentEvents;
import dev.dossier.domain.event.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Use case (background): {@code document.expired} for documents whose expiry date has passed, and
 * {@code document.expiring} for those whose date is within the notice days (including documents
 * created already inside that window), each once per document. A batch claims its documents and
 * publishes their events in one transaction, so a notice is marked sent exactly when its event is
 * in the outbox, and two instances never send the same one. Deleted documents have no row left,
 * so they get none. Dates are UTC days, as the documents' derived status.
 */
public final class SendExpiryNoticesService implements SendExpiryNoticesUseCase {
    static final int BATCH = 100;

    private final ExpiryNoticeRepository notices;
    private final EventOutbox outbox;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final ExpiryNoticeSettings settings;

    public SendExpiryNoticesService(
            ExpiryNoticeRepository notices,
            EventOutbox outbox,
            TimeSource time,
            UnitOfWork tx,
            ExpiryNoticeSettings settings) {
        this.notices = notices;
        this.outbox = outbox;
        this.time = time;
        this.tx = tx;
        this.settings = settings;
    }

    @Override
    public int sendBatch() {
        Instant now = time.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return tx.inTransaction(() -> {
            List<Document> expired = notices.claimExpired(today, now, BATCH);
            expired.forEach(d -> outbox.publish(DocumentEvents.of(EventType.DOCUMENT_EXPIRED, d, now)));
            List<Document> expiring = notices.claimExpiring(today, today.plusDays(settings.days()), now, BATCH);
            expiring.forEach(d -> outbox.publish(DocumentEvents.of(EventType.DOCUMENT_EXPIRING, d, now)));
            return expired.size() + expiring.size();
        });
    }
}
