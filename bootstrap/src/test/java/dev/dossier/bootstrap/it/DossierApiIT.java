package dev.dossier.bootstrap.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API suite: deploys the built WAR once on Payara Micro (PostgreSQL + S3Proxy) and calls it
 * over HTTP as clients do. Payara Micro's Arquillian container starts one server per deployment,
 * so the tests live in interfaces this single class implements: one server start for all of them.
 */
@ExtendWith(ArquillianExtension.class)
class DossierApiIT
        implements AdminApiTests,
                EntityApiTests,
                TenantDocumentApiTests,
                EntityDocumentApiTests,
                DownloadLinkApiTests,
                UploadValidationApiTests,
                CrossTenantApiTests,
                ReferenceExampleApiTests,
                ServiceEndpointApiTests,
                StorageOutageApiTests,
                ResponseApiTests,
                IdempotencyApiTests,
                BusinessDocumentApiTests,
                DirectUploadApiTests,
                WorkflowApiTests,
                LibraryV2ApiTests,
                CursorPaginationApiTests,
                CrossTenantV2ApiTests,
                ReferenceExampleV2ApiTests,
                AuditApiTests,
                RpcIdempotencyApiTests,
                EncryptionApiTests,
                BrowserApiTests,
                MalwareScanApiTests,
                ContentCheckApiTests,
                DirectUploadContentApiTests,
                JsonBodyLimitApiTests,
                ErasureApiTests,
                RetentionApiTests,
                WebhookApiTests,
                EventOutboxApiTests,
                ObservabilityApiTests,
                ConsoleApiTests {

    private static final ApiClient API =
            new ApiClient("http://127.0.0.1:" + System.getProperty("dossier.it.http.port"), "it-admin-token");

    /** The WAR exactly as built, deployed at the root context. */
    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("dossier.it.war")))
                .as(WebArchive.class);
    }

    @Override
    public ApiClient api() {
        return API;
    }
}
