package dev.dossier.bootstrap;

import dev.dossier.adapters.persistence.ConnectionCounts;
import dev.dossier.application.port.out.OperationsMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The operations counters in the application registry of MicroProfile Metrics, which the server
 * serves at {@code /metrics} in Prometheus text (as {@code dossier_uploads_total} and so on), and
 * the gauges of the database connections the persistence unit holds.
 */
@ApplicationScoped
public class MicroProfileOperationsMeter implements OperationsMeter {
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private Counter uploads;
    private Counter bytesIn;
    private Counter downloads;
    private Counter bytesOut;
    private Counter linksIssued;
    private Counter linksRedeemed;
    private Counter integrityFailures;
    private Counter malwareHits;

    @PostConstruct
    void register() {
        uploads = counter("dossier_uploads", "Documents stored, by any upload path", MetricUnits.NONE);
        bytesIn = counter("dossier_upload_bytes", "Bytes of the documents stored, as uploaded", MetricUnits.NONE);
        downloads = counter("dossier_downloads", "Files served in full and verified", MetricUnits.NONE);
        bytesOut = counter("dossier_download_bytes", "Bytes of the files served in full", MetricUnits.NONE);
        linksIssued = counter("dossier_download_links_issued", "Download links issued", MetricUnits.NONE);
        linksRedeemed = counter("dossier_download_links_redeemed", "Download links redeemed", MetricUnits.NONE);
        integrityFailures = counter(
                "dossier_integrity_failures", "Stored files that did not match what was uploaded", MetricUnits.NONE);
        malwareHits = counter("dossier_malware_detected", "Uploads refused by the malware scan", MetricUnits.NONE);
        metrics.gauge(
                Metadata.builder()
                        .withName("dossier_db_connections_in_use")
                        .withDescription("Database connections held from the server's pool now")
                        .build(),
                ConnectionCounts::inUse);
        metrics.gauge(
                Metadata.builder()
                        .withName("dossier_db_connections_acquired")
                        .withDescription("Database connections taken from the server's pool since start")
                        .build(),
                ConnectionCounts::acquired);
    }

    /** Observing the start creates the bean, whose metrics then read 0 from start rather than appear at first use. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing more: creating the bean registered them
    }

    private Counter counter(String name, String description, String unit) {
        return metrics.counter(Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(unit)
                .build());
    }

    @Override
    public void uploaded(long bytes) {
        uploads.inc();
        bytesIn.inc(bytes);
    }

    @Override
    public void downloaded(long bytes) {
        downloads.inc();
        bytesOut.inc(bytes);
    }

    @Override
    public void linkIssued() {
        linksIssued.inc();
    }

    @Override
    public void linkRedeemed() {
        linksRedeemed.inc();
    }

    @Override
    public void integrityFailure() {
        integrityFailures.inc();
    }

    @Override
    public void malwareFound() {
        malwareHits.inc();
    }
}
