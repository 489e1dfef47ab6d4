package dev.dossier.application.service.maintenance;

import dev.dossier.application.port.in.maintenance.PurgeSpentRecordsUseCase;
import dev.dossier.application.port.out.DirectUploadRepository;
import dev.dossier.application.port.out.DownloadTokenRepository;
import dev.dossier.application.port.out.IdempotencyRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * Purges spent rows in batches, each in a transaction of its own. Every delete is by predicate, so
 * several instances running it at once only share the work: a row is deleted once, by whichever
 * gets it first. A redeemed or expired link answers 404 exactly like a missing one, so purging it
 * changes no answer.
 */
public final class PurgeSpentRecordsService implements PurgeSpentRecordsUseCase {
    /** Settled direct uploads are kept this long for the status queries of their clients. */
    public static final Duration SETTLED_UPLOADS_KEPT = Duration.ofDays(7);

    static final int BATCH = 500;

    private final DownloadTokenRepository tokens;
    private final DirectUploadRepository uploads;
    private final IdempotencyRepository idempotency;
    private final TimeSource time;
    private final UnitOfWork tx;

    public PurgeSpentRecordsService(
            DownloadTokenRepository tokens,
            DirectUploadRepository uploads,
            IdempotencyRepository idempotency,
            TimeSource time,
            UnitOfWork tx) {
        this.tokens = tokens;
        this.uploads = uploads;
        this.idempotency = idempotency;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public int purgeBatch() {
        Instant now = time.now();
        int purged = tx.inTransaction(() -> tokens.deleteSpent(now, BATCH));
        purged += tx.inTransaction(() -> uploads.deleteSettledBefore(now.minus(SETTLED_UPLOADS_KEPT), BATCH));
        purged += tx.inTransaction(() -> idempotency.deleteCreatedBefore(now.minus(IdempotencyRecord.RETENTION)));
        return purged;
    }
}
