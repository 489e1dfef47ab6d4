package dev.dossier.bootstrap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every surface lives at its reference path under the server root. */
@ApplicationPath("/")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Dossier",
                        version = "0.1.0",
                        description = "Self-hosted KYC/KYB document service: Library v1 documents and entities, "
                                + "single-use download links, and the admin API for tenants and keys."),
        components =
                @Components(
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = "apiKey",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    description = "A tenant API key: Authorization: Bearer <api_key>"),
                            @SecurityScheme(
                                    securitySchemeName = "adminToken",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    description = "The admin token (DOSSIER_ADMIN_TOKEN)")
                        }))
public class DossierApplication extends Application {

    /**
     * No WADL: Jersey would otherwise build a WADL model at start-up
     * and serve {@code /application.wadl}, a second API description beside {@code /openapi} that
     * nothing here uses. The key is Jersey's; other JAX-RS implementations ignore it.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
