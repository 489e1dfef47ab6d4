package dev.dossier.bootstrap;

import dev.dossier.adapters.rest.auth.AdminToken;
import dev.dossier.adapters.rest.http.CorsPolicy;
import dev.dossier.adapters.rest.http.PublicBaseUrl;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.adapters.rest.observability.MetricsToken;
import dev.dossier.adapters.rest.webhook.delivery.InetHostResolver;
import dev.dossier.adapters.rest.webhook.delivery.JdkWebhookSender;
import dev.dossier.adapters.storage.FileSystemDirectUploadStore;
import dev.dossier.adapters.storage.FileSystemDocumentContentStore;
import dev.dossier.adapters.storage.S3DocumentContentStore;
import dev.dossier.adapters.storage.S3Settings;
import dev.dossier.adapters.storage.crypto.TinkContentCipher;
import dev.dossier.adapters.storage.inspection.FormatContentInspector;
import dev.dossier.adapters.storage.scanning.ClamdAddress;
import dev.dossier.adapters.storage.scanning.ClamdMalwareScanner;
import dev.dossier.adapters.storage.scanning.DisabledMalwareScanner;
import dev.dossier.application.port.out.ContentCipher;
import dev.dossier.application.port.out.ContentInspector;
import dev.dossier.application.port.out.DirectUploadStore;
import dev.dossier.application.port.out.DocumentContentStore;
import dev.dossier.application.port.out.HostResolver;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.application.port.out.MalwareScanner;
import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Chooses and builds the adapters behind the outgoing ports from the settings (the persistence
 * adapter's repositories are beans of their own; the clock and the secret generator are the
 * application's own components).
 */
@ApplicationScoped
public class PortProducers {

    /** The one store object behind both storage ports (injected ports are proxies, which cannot be cast). */
    private DocumentContentStore store;

    @Produces
    @ApplicationScoped
    DocumentContentStore contentStore(DossierSettings settings) {
        return concreteStore(settings);
    }

    private synchronized DocumentContentStore concreteStore(DossierSettings settings) {
        if (store == null) {
            store = newStore(settings);
        }
        return store;
    }

    /**
     * Direct uploads: with S3 the S3 store itself (presigned POSTs to the bucket); with the file system,
     * forms that Dossier signs and receives at {@code <DOSSIER_PUBLIC_URL>/direct-uploads}.
     */
    @Produces
    @ApplicationScoped
    DirectUploadStore directUploadStore(DossierSettings settings, SecretGenerator secrets) {
        DocumentContentStore concrete = concreteStore(settings);
        if (concrete instanceof DirectUploadStore direct) {
            return direct;
        }
        String key = settings.uploadSigningKey()
                .orElseGet(() ->
                        KeptSecret.uploadSigningKey(settings.dataDir()).readOrCreate(() -> secrets.newSecret("usk_")));
        return new FileSystemDirectUploadStore(
                (FileSystemDocumentContentStore) concrete,
                new PublicBaseUrl(settings.publicUrl()).resolve("/direct-uploads"),
                key.getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC());
    }

    private static DocumentContentStore newStore(DossierSettings settings) {
        return switch (settings.storage()) {
            case "filesystem" -> {
                FileSystemDocumentContentStore store =
                        new FileSystemDocumentContentStore(settings.dataDir().resolve("objects"));
                // writes of a killed process; one older than the grace cannot be another instance's live write
                store.removeAbandonedWrites(LeftoverSpoolFiles.processStart().minus(settings.orphanGrace()));
                yield store;
            }
            case "s3" ->
                new S3DocumentContentStore(
                        new S3Settings(
                                required(settings.s3Endpoint(), "DOSSIER_S3_ENDPOINT"),
                                settings.s3Region().orElse(null),
                                required(settings.s3AccessKey(), "DOSSIER_S3_ACCESS_KEY"),
                                required(settings.s3SecretKey(), "DOSSIER_S3_SECRET_KEY"),
                                required(settings.s3Bucket(), "DOSSIER_S3_BUCKET")),
                        // the store spools each upload to disk before its single PUT: keep that off tmpfs
                        settings.dataDir().resolve("tmp").resolve("s3"));
            default ->
                throw new IllegalStateException(
                        "DOSSIER_STORAGE must be filesystem or s3, not \"" + settings.storage() + "\"");
        };
    }

    void closeContentStore(@Disposes DocumentContentStore store) {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(PortProducers.class.getName())
                        .log(System.Logger.Level.WARNING, "closing the content store failed", e);
            }
        }
    }

    /** The master keys wrap the data keys; a malformed one fails the deployment. */
    @Produces
    @ApplicationScoped
    KeyWrapping keyWrapping(DossierSettings settings) {
        return MasterKeys.from(settings);
    }

    /** Work files of the cipher hold only ciphertext; they stay off tmpfs like the upload spool. */
    @Produces
    @ApplicationScoped
    ContentCipher contentCipher(DossierSettings settings) {
        return new TinkContentCipher(settings.dataDir().resolve("tmp").resolve("sealed"));
    }

    /**
     * clamd at DOSSIER_CLAMD_ADDRESS, or no scan at all when it is unset; said once at start. Singleton, so that
     * it is built (and a bad address fails the deployment) when the services are, at start.
     */
    @Produces
    @Singleton
    MalwareScanner malwareScanner(DossierSettings settings) {
        System.Logger log = System.getLogger(PortProducers.class.getName());
        if (settings.clamdAddress().isEmpty()) {
            log.log(
                    System.Logger.Level.WARNING,
                    "DOSSIER_CLAMD_ADDRESS is not set: uploads are not scanned for malware");
            return new DisabledMalwareScanner();
        }
        ClamdAddress address = ClamdAddress.parse(settings.clamdAddress().get());
        log.log(System.Logger.Level.INFO, "uploads are scanned for malware by clamd at " + address);
        return new ClamdMalwareScanner(address);
    }

    /** Webhook requests go out with the JDK's HTTP client (one client, its connections shared). */
    @Produces
    @Singleton
    WebhookSender webhookSender() {
        return new JdkWebhookSender();
    }

    @Produces
    @Singleton
    HostResolver hostResolver() {
        return new InetHostResolver();
    }

    /** Stateless: one for every upload and sweep. */
    @Produces
    @Singleton
    ContentInspector contentInspector() {
        return new FormatContentInspector();
    }

    /** Singleton, not application-scoped: the value types are final and need no proxy. */
    @Produces
    @Singleton
    AdminToken adminToken(DossierSettings settings, SecretGenerator secrets) {
        return new AdminToken(settings.adminToken()
                .orElseGet(
                        () -> KeptSecret.adminToken(settings.dataDir()).readOrCreate(() -> secrets.newSecret("dat_"))));
    }

    @Produces
    @Singleton
    MetricsToken metricsToken(DossierSettings settings) {
        return MetricsToken.of(settings.metricsToken());
    }

    @Produces
    @Singleton
    PublicBaseUrl publicBaseUrl(DossierSettings settings) {
        return new PublicBaseUrl(settings.publicUrl());
    }

    /** None unless DOSSIER_CORS_ALLOWED_ORIGINS is set; an entry that is no origin fails the deployment. */
    @Produces
    @Singleton
    CorsPolicy corsPolicy(DossierSettings settings) {
        return CorsPolicy.parse(settings.corsAllowedOrigins().orElse(null));
    }

    @Produces
    @Singleton
    UploadSpool uploadSpool(DossierSettings settings) {
        return new UploadSpool(settings.dataDir().resolve("tmp").resolve("uploads"));
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException(name + " is required when DOSSIER_STORAGE=s3"));
    }
}
