package dev.dossier.application.fakes;

import dev.dossier.application.port.out.OperationsMeter;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the use cases report, for tests to read. */
public final class CountingOperationsMeter implements OperationsMeter {
    public final AtomicLong uploads = new AtomicLong();
    public final AtomicLong bytesIn = new AtomicLong();
    public final AtomicLong downloads = new AtomicLong();
    public final AtomicLong bytesOut = new AtomicLong();
    public final AtomicLong linksIssued = new AtomicLong();
    public final AtomicLong linksRedeemed = new AtomicLong();
    public final AtomicLong integrityFailures = new AtomicLong();
    public final AtomicLong malwareHits = new AtomicLong();

    @Override
    public void uploaded(long bytes) {
        uploads.incrementAndGet();
        bytesIn.addAndGet(bytes);
    }

    @Override
    public void downloaded(long bytes) {
        downloads.incrementAndGet();
        bytesOut.addAndGet(bytes);
    }

    @Override
    public void linkIssued() {
        linksIssued.incrementAndGet();
    }

    @Override
    public void linkRedeemed() {
        linksRedeemed.incrementAndGet();
    }

    @Override
    public void integrityFailure() {
        integrityFailures.incrementAndGet();
    }

    @Override
    public void malwareFound() {
        malwareHits.incrementAndGet();
    }
}
