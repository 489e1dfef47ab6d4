package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import org.junit.jupiter.api.Test;

/** With the S3 server down, an upload fails with the contract's 500 body and leaves nothing behind. */
interface StorageOutageApiTests extends ApiTest {

    @Test
    default void givenStorageDown_whenUploaded_then500AndNoRow_andReadinessDown() throws Exception {
        var t = api().newTenant();
        S3ProxyLauncher.stop();
        try {
            Resp r = api().uploadTenantDocument(t.apiKey(), "a.pdf", TestFiles.pdf("outage"), "Other");
            assertThat(r.status()).as(r.toString()).isEqualTo(500);
            assertThat(r.json().getString("error")).isEqualTo("File upload failed.");
            assertThat(r.json().getJsonObject("details").getString("reason")).isNotBlank();
            assertThat(r.text()).doesNotContain("Exception", "\tat ");
            assertThat(api().get("/health/ready", null).status()).isEqualTo(503);
        } finally {
            S3ProxyLauncher.start();
        }
        assertThat(api().get("/api/v1/documents/", t.apiKey()).json().getInt("count"))
                .isZero();
        assertThat(api().uploadTenantDocument(t.apiKey(), "a.pdf", TestFiles.pdf("after"), "Other")
                        .status())
                .isEqualTo(201);
        assertThat(api().get("/health/ready", null).status()).isEqualTo(200);
    }
}
