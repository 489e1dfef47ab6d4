package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Single-use, 15-minute proxy download links. */
interface DownloadLinkApiTests extends ApiTest {

    @Test
    default void givenDocument_whenLinkIssuedAndFetched_thenBytesIntactOnceWithSafeHeaders() {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("bytes-intact");
        String name = "Résumé 2024 – final.pdf";
        String id =
                api().uploadTenantDocument(t.apiKey(), name, pdf, "CV").json().getString("id");

        Resp linkResp = api().get("/api/v1/documents/" + id + "/download/", t.apiKey());
        assertThat(linkResp.status()).isEqualTo(200);
        JsonObject link = linkResp.json();
        assertThat(link.keySet())
                .containsExactlyInAnyOrder("download_url", "expires_at", "filename", "content_type", "size");
        assertThat(link.getString("download_url"))
                .startsWith(api().baseUrl() + "/api/v1/files/")
                .endsWith("/");
        OffsetDateTime expires = OffsetDateTime.parse(link.getString("expires_at"));
        assertThat(link.getString("expires_at")).endsWith("+00:00");
        assertThat(Duration.between(OffsetDateTime.now(), expires))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));
        assertThat(link.getString("filename")).isEqualTo(name);
        assertThat(link.getString("content_type")).isEqualTo("application/pdf");
        assertThat(link.getInt("size")).isEqualTo(pdf.length);

        Resp file = api().get(link.getString("download_url"), null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"R_sum_ 2024 _ final.pdf\";"
                        + " filename*=UTF-8''R%C3%A9sum%C3%A9%202024%20%E2%80%93%20final.pdf");

        Resp again = api().get(link.getString("download_url"), null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().getString("detail")).isEqualTo("Not found.");
    }

    /**
     * Uploads {@code pdf}, flips one byte of its stored (encrypted) object in S3 behind Dossier's back,
     * {@code fromEnd} bytes before the object's end, and returns a link to it.
     */
    private String linkToFileDamagedInStorage(byte[] pdf, int fromEnd) {
        var t = api().newTenant();
        String id = api().uploadTenantDocument(t.apiKey(), "stored.pdf", pdf, "Bank Statement")
                .json()
                .getString("id");
        String bucket = System.getenv("DOSSIER_S3_BUCKET");
        String prefix = "tenants/" + t.tenantId() + "/documents/";
        var stored = S3ProxyLauncher.objects(bucket, prefix);
        assertThat(stored).hasSize(1);
        byte[] damaged = stored.values().iterator().next().clone();
        damaged[damaged.length - fromEnd] ^= 0x20; // same length: only the cipher's tags tell them apart
        assertThat(S3ProxyLauncher.overwrite(bucket, prefix, damaged)).isEqualTo(1);
        return api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");
    }

    @Test
    default void givenSmallFileChangedInStorage_whenLinkRedeemed_then500AndNoneOfItsBytes() {
        byte[] pdf = TestFiles.pdf("changed in storage later");
        Resp r = api().get(linkToFileDamagedInStorage(pdf, pdf.length / 2), null);
        assertThat(r.status()).as(r.toString()).isEqualTo(500);
        assertThat(r.json().getString("error")).isEqualTo("File download failed.");
        assertThat(r.json().getJsonObject("details").getString("reason"))
                .isEqualTo("The stored file failed its integrity check.");
    }

    @Test
    default void givenLargeFileChangedInStorage_whenLinkRedeemed_thenTheResponseEndsShortOfTheLastByte() {
        // many cipher segments: the damage is in the last, found only after the others are sent
        String url = linkToFileDamagedInStorage(TestFiles.pdfOfSize(3 * 1024 * 1024), 100);
        // status and Content-Length are sent before the damaged part is read: the body stops short,
        // which every HTTP client reports as an error
        assertThatThrownBy(() -> api().get(url, null))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    default void givenUnknownToken_whenFetched_then404() {
        for (String token : new String[] {"dl_unknown", "x".repeat(300), "%2e%2e"}) {
            Resp r = api().get("/api/v1/files/" + token + "/", null);
            assertThat(r.status()).as(token).isEqualTo(404);
            assertThat(r.json().getString("detail")).isEqualTo("Not found.");
        }
    }

    @Test
    default void givenLink_whenHeadRequested_thenNotSpent() {
        var t = api().newTenant();
        String id = api().uploadTenantDocument(t.apiKey(), "h.pdf", TestFiles.pdf("h"), "Other")
                .json()
                .getString("id");
        String url = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");
        assertThat(api().send("HEAD", url, null, null, null).status()).isEqualTo(405);
        assertThat(api().get(url, null).status()).isEqualTo(200);
    }

    @Test
    default void givenOneLink_whenRedeemedConcurrently_thenExactlyOneSucceeds() throws Exception {
        var t = api().newTenant();
        byte[] pdf = TestFiles.pdf("race");
        String id = api().uploadTenantDocument(t.apiKey(), "race.pdf", pdf, "Other")
                .json()
                .getString("id");
        String url = api().get("/api/v1/documents/" + id + "/download/", t.apiKey())
                .json()
                .getString("download_url");

        int clients = 24;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Resp>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return api().get(url, null);
                }));
            }
            start.countDown();
            int ok = 0;
            int notFound = 0;
            for (Future<Resp> f : results) {
                Resp r = f.get();
                if (r.status() == 200) {
                    ok++;
                    assertThat(r.body()).isEqualTo(pdf);
                } else if (r.status() == 404) {
                    notFound++;
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(notFound).isEqualTo(clients - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void givenConfidentialDocument_whenLinkRequestedWithoutScope_then403AndWithScope200() {
        var t = api().newTenant();
        String strongKey = api().createKey(t.tenantId(), "officer@example.com", "documents", "confidential");
        String id = api().upload(
                        "/api/v1/documents/upload/",
                        t.apiKey(),
                        Map.of("document_type", "Passport", "classification", "confidential"),
                        "passport.pdf",
                        TestFiles.pdf("secret"))
                .json()
                .getString("id");

        Resp refused = api().get("/api/v1/documents/" + id + "/download/", t.apiKey());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).isEqualTo("You do not have permission to perform this action.");

        Resp allowed = api().get("/api/v1/documents/" + id + "/download/", strongKey);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(api().get(allowed.json().getString("download_url"), null).body())
                .isEqualTo(TestFiles.pdf("secret"));
    }
}
