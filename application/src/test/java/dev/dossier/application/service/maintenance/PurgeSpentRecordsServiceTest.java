package dev.dossier.application.service.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.InMemoryDirectUploadRepository;
import dev.dossier.application.fakes.InMemoryDownloadTokenRepository;
import dev.dossier.application.fakes.InMemoryIdempotencyRepository;
import dev.dossier.application.fakes.MutableTimeSource;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.idempotency.IdempotencyKey;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RequestFingerprint;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.token.DownloadToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeSpentRecordsServiceTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final TenantId TENANT = TenantId.generate();

    private final MutableTimeSource time = new MutableTimeSource(T0);
    private final InMemoryDownloadTokenRepository tokens = new InMemoryDownloadTokenRepository();
    private final InMemoryIdempotencyRepository idempotency = new InMemoryIdempotencyRepository();
    private final PurgeSpentRecordsService service = new PurgeSpentRecordsService(
            tokens, new InMemoryDirectUploadRepository(), idempotency, time, new DirectUnitOfWork());

    @Test
    void givenSpentLinksAndOldRecords_whenPurgedUntilDone_thenOnlyTheLiveOnesStay() {
        DownloadToken live = DownloadToken.issue("live", TENANT, DocumentId.generate(), T0);
        tokens.save(live);
        for (int i = 0; i < PurgeSpentRecordsService.BATCH + 1; i++) {
            tokens.save(DownloadToken.issue("old-" + i, TENANT, DocumentId.generate(), T0.minus(Duration.ofHours(1))));
        }
        IdempotencyRecord old = IdempotencyRecord.claim(
                TENANT,
                new IdempotencyKey("old"),
                RequestFingerprint.builder().part("b", "1").build(),
                T0);
        IdempotencyRecord recent = IdempotencyRecord.claim(
                TENANT,
                new IdempotencyKey("recent"),
                RequestFingerprint.builder().part("b", "2").build(),
                T0.plus(Duration.ofHours(2)));
        idempotency.insertIfAbsent(old);
        idempotency.insertIfAbsent(recent);
        time.set(T0.plus(IdempotencyRecord.RETENTION).plusSeconds(1));
        tokens.save(DownloadToken.issue("current", TENANT, DocumentId.generate(), time.now()));

        assertThat(service.purgeBatch()).isEqualTo(PurgeSpentRecordsService.BATCH + 1);
        assertThat(service.purgeBatch()).isEqualTo(2); // the last old link, and the first live one, expired by now
        assertThat(service.purgeBatch()).isZero();

        assertThat(tokens.findBySecretHash(DownloadToken.hashOf("current"))).isPresent();
        assertThat(idempotency.find(TENANT, new IdempotencyKey("old"))).isEmpty();
        assertThat(idempotency.find(TENANT, new IdempotencyKey("recent"))).isPresent();
    }
}
