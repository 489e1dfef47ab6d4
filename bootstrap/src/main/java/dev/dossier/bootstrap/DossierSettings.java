package dev.dossier.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runtime settings (README, Settings), read through MicroProfile Config (so {@code DOSSIER_STORAGE}
 * is the property {@code dossier.storage}). The database is not here: it is the server-defined
 * data source {@code jdbc/dossier}.
 */
@ApplicationScoped
public class DossierSettings {
    @Inject
    @ConfigProperty(name = "dossier.http-port", defaultValue = "8080")
    int httpPort;

    @Inject
    @ConfigProperty(name = "dossier.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "dossier.storage", defaultValue = "filesystem")
    String storage;

    @Inject
    @ConfigProperty(name = "dossier.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "dossier.s3.region")
    Optional<String> s3Region;

    @Inject
    @ConfigProperty(name = "dossier.s3.access-key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "dossier.s3.secret-key")
    Optional<String> s3SecretKey;

    @Inject
    @ConfigProperty(name = "dossier.s3.bucket")
    Optional<String> s3Bucket;

    @Inject
    @ConfigProperty(name = "dossier.admin-token")
    Optional<String> adminToken;

    @Inject
    @ConfigProperty(name = "dossier.metrics-token")
    Optional<String> metricsToken;

    @Inject
    @ConfigProperty(name = "dossier.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "dossier.direct-upload.ttl-seconds", defaultValue = "300")
    long directUploadTtlSeconds;

    @Inject
    @ConfigProperty(name = "dossier.direct-upload.sweep-interval-seconds", defaultValue = "10")
    long directUploadSweepIntervalSeconds;

    @Inject
    @ConfigProperty(name = "dossier.upload-signing-key")
    Optional<String> uploadSigningKey;

    @Inject
    @ConfigProperty(name = "dossier.master-key")
    Optional<String> masterKey;

    @Inject
    @ConfigProperty(name = "dossier.master-key-previous")
    Optional<String> masterKeyPrevious;

    @Inject
    @ConfigProperty(name = "dossier.maintenance-interval-seconds", defaultValue = "300")
    long maintenanceIntervalSeconds;

    @Inject
    @ConfigProperty(name = "dossier.orphan-grace-seconds", defaultValue = "3600")
    long orphanGraceSeconds;

    /** Read as text, so that a bad value fails the start with the setting's name (see ExpiryNoticeSettings). */
    @Inject
    @ConfigProperty(name = "dossier.expiry-notice-days", defaultValue = "30")
    String expiryNoticeDays;

    @Inject
    @ConfigProperty(name = "dossier.expiry-notice-interval-seconds", defaultValue = "86400")
    long expiryNoticeIntervalSeconds;

    @Inject
    @ConfigProperty(name = "dossier.cors-allowed-origins")
    Optional<String> corsAllowedOrigins;

    @Inject
    @ConfigProperty(name = "dossier.clamd-address")
    Optional<String> clamdAddress;

    @Inject
    @ConfigProperty(name = "dossier.webhook.retry-schedule", defaultValue = "5,300,1800,7200,18000,36000,36000")
    String webhookRetrySchedule;

    @Inject
    @ConfigProperty(name = "dossier.webhook.allow-private-targets", defaultValue = "false")
    boolean webhookAllowPrivateTargets;

    /** DOSSIER_WEBHOOK_RETRY_SCHEDULE: seconds between attempts, comma-separated. */
    public String webhookRetrySchedule() {
        return webhookRetrySchedule;
    }

    /** DOSSIER_WEBHOOK_ALLOW_PRIVATE_TARGETS: whether webhooks may reach loopback and private addresses. */
    public boolean webhookAllowPrivateTargets() {
        return webhookAllowPrivateTargets;
    }

    /** DOSSIER_MASTER_KEY: base64 of 32 bytes; when unset, a key generated into the data directory. */
    public Optional<String> masterKey() {
        return masterKey.filter(k -> !k.isBlank());
    }

    /** DOSSIER_MASTER_KEY_PREVIOUS: earlier master keys, comma-separated, kept for re-wrapping. */
    public Optional<String> masterKeyPrevious() {
        return masterKeyPrevious.filter(k -> !k.isBlank());
    }

    /** How often each instance runs the background maintenance (DOSSIER_MAINTENANCE_INTERVAL_SECONDS). */
    public java.time.Duration maintenanceInterval() {
        return java.time.Duration.ofSeconds(Math.max(1, maintenanceIntervalSeconds));
    }

    /** Where clamd listens (DOSSIER_CLAMD_ADDRESS: host:port or unix:/path); empty means no malware scan. */
    public Optional<String> clamdAddress() {
        return clamdAddress.filter(a -> !a.isBlank());
    }

    /** How old an object without a row must be before the reconciler removes it (DOSSIER_ORPHAN_GRACE_SECONDS). */
    public java.time.Duration orphanGrace() {
        return java.time.Duration.ofSeconds(orphanGraceSeconds);
    }

    /** How long a document.create form is valid (DOSSIER_DIRECT_UPLOAD_TTL_SECONDS, default 5 minutes). */
    public java.time.Duration directUploadTtl() {
        return java.time.Duration.ofSeconds(Math.max(1, directUploadTtlSeconds));
    }

    /** How often each instance sweeps pending direct uploads (DOSSIER_DIRECT_UPLOAD_SWEEP_INTERVAL_SECONDS). */
    public java.time.Duration directUploadSweepInterval() {
        return java.time.Duration.ofSeconds(Math.max(1, directUploadSweepIntervalSeconds));
    }

    /** The HMAC key of file-system upload forms (DOSSIER_UPLOAD_SIGNING_KEY); generated and kept when unset. */
    public Optional<String> uploadSigningKey() {
        return uploadSigningKey.filter(k -> !k.isBlank());
    }

    /** DOSSIER_EXPIRY_NOTICE_DAYS as written; checked where it is used. */
    public String expiryNoticeDays() {
        return expiryNoticeDays;
    }

    /** How often each instance looks for due expiry notices (DOSSIER_EXPIRY_NOTICE_INTERVAL_SECONDS, daily). */
    public java.time.Duration expiryNoticeInterval() {
        return java.time.Duration.ofSeconds(Math.max(1, expiryNoticeIntervalSeconds));
    }

    /** The browser origins allowed to call the API (DOSSIER_CORS_ALLOWED_ORIGINS): comma-separated, or *. */
    public Optional<String> corsAllowedOrigins() {
        return corsAllowedOrigins.filter(o -> !o.isBlank());
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public String storage() {
        return storage.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String publicUrl() {
        return publicUrl.filter(u -> !u.isBlank()).orElse("http://localhost:" + httpPort);
    }

    public Optional<String> adminToken() {
        return adminToken.filter(t -> !t.isBlank());
    }

    /** The bearer token /metrics asks for; when unset the endpoint is open. */
    public Optional<String> metricsToken() {
        return metricsToken.filter(t -> !t.isBlank());
    }

    public Optional<String> s3Endpoint() {
        return s3Endpoint;
    }

    public Optional<String> s3Region() {
        return s3Region;
    }

    public Optional<String> s3AccessKey() {
        return s3AccessKey;
    }

    public Optional<String> s3SecretKey() {
        return s3SecretKey;
    }

    public Optional<String> s3Bucket() {
        return s3Bucket;
    }
}
