package dev.dossier.bootstrap;

import dev.dossier.application.service.directupload.DirectUploadSettings;
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
}
