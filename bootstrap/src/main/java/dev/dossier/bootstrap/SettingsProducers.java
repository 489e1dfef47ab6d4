package dev.dossier.bootstrap;

import dev.dossier.application.service.directupload.DirectUploadSettings;
import dev.dossier.application.service.maintenance.OrphanSettings;
import dev.dossier.application.service.retention.ExpiryNoticeSettings;
import dev.dossier.application.service.webhook.WebhookSettings;
import dev.dossier.domain.webhook.RetrySchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The small settings records the application's services take, made from the runtime settings. */
@ApplicationScoped
public class SettingsProducers {
    /** Singleton, not application-scoped: records are final and need no proxy. */
    @Produces
    @Singleton
    DirectUploadSettings directUploadSettings(DossierSettings settings) {
        return DirectUploadSettings.forInstance(settings.directUploadTtl());
    }

    /** A grace period not longer than the direct-upload TTL fails the deployment (the record refuses it). */
    @Produces
    @Singleton
    OrphanSettings orphanSettings(DossierSettings settings, DirectUploadSettings directUploads) {
        return new OrphanSettings(settings.orphanGrace(), settings.directUploadTtl(), directUploads.instance());
    }

    /** A malformed DOSSIER_WEBHOOK_RETRY_SCHEDULE fails the deployment with a message naming it. */
    @Produces
    @Singleton
    WebhookSettings webhookSettings(DossierSettings settings, DirectUploadSettings directUploads) {
        return new WebhookSettings(
                RetrySchedule.parse(settings.webhookRetrySchedule()),
                settings.webhookAllowPrivateTargets(),
                directUploads.instance(),
                WebhookSettings.DEFAULT_TIMEOUT);
    }

    /** A DOSSIER_EXPIRY_NOTICE_DAYS that is not a whole number of days in range fails the deployment, naming it. */
    @Produces
    @Singleton
    ExpiryNoticeSettings expiryNoticeSettings(DossierSettings settings) {
        return ExpiryNoticeSettings.parse(settings.expiryNoticeDays());
    }
}
