package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Events over HTTP, read where the server writes them: the outbox table, in the transaction of the
 * change. Each action that reports an event leaves exactly its event; a refused action none; no
 * event body names a person, a company or a file. (Delivery to endpoints is the webhooks' tests.)
 */
interface EventOutboxApiTests extends ApiTest {
    private String business(ApiClient.TenantKey t) {
        return "/v1/businesses/" + api().createEntity(t.apiKey(), "Jane Roe Trading Ltd", "company") + "/documents";
    }

    private String uploadBusiness(String base, String apiKey, String userData) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "identification");
        if (userData != null) {
            fields.put("user_data", userData);
        }
        Resp r = api().upload(
                        base,
                        apiKey,
                        fields,
                        "jane-roe-passport.pdf",
                        TestFiles.pdf(UUID.randomUUID().toString()));
        // the business surface writes ids as urn:uuid:…; events carry the plain UUID
        return ApiClient.check(r, 201).json().getString("id").replaceFirst("^urn:uuid:", "");
    }

    @Test
    default void givenReviews_whenVerifiedRejectedAndRefused_thenOneEventPerDecisionAndNoneForTheRefusal()
            throws Exception {
        var t = api().newTenant("documents");
        String reviewKey =
                api().createKey(t.tenantId(), "reviewer+" + t.tenantId().substring(0, 8) + "@example.com", "review");
        String base = business(t);
        String verified = uploadBusiness(base, t.apiKey(), null);
        String rejected = uploadBusiness(base, t.apiKey(), null);

        ApiClient.check(api().send("POST", base + "/" + verified + "/verify", reviewKey, null, null), 200);
        ApiClient.check(
                api().send(
                                "POST",
                                base + "/" + rejected + "/reject",
                                reviewKey,
                                "application/json",
                                "{\"reason\": \"Jane's photo is blurry\"}"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                200);
        Resp refused = api().outsideContract().send("POST", base + "/" + rejected + "/verify", reviewKey, null, null);
        assertThat(refused.status()).isEqualTo(409);

        List<String[]> events = reviewEvents(t.tenantId());
        assertThat(events).extracting(e -> e[0]).containsExactly("document.verified", "document.rejected");
        assertThat(events.get(0)[1])
                .contains("\"type\":\"document.verified\"")
                .contains("\"document_id\":\"" + verified + "\"")
                .contains("\"status\":\"verified\"");
        assertThat(events.get(1)[1])
                .contains("\"document_id\":\"" + rejected + "\"")
                .contains("\"status\":\"rejected\"");
        assertThat(events)
                .allSatisfy(e -> assertThat(e[1])
                        .doesNotContainIgnoringCase("jane")
                        .doesNotContain("blurry")
                        .doesNotContain("@example.com"));
    }

    @Test
    default void givenDocumentsExpiringSoonAndPast_whenTheJobRuns_thenEachNoticeOnce() throws Exception {
        var t = api().newTenant("documents");
        String base = business(t);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String soon = uploadBusiness(base, t.apiKey(), "{\"expiry_date\": \"" + today.plusDays(10) + "\"}");
        String past = uploadBusiness(base, t.apiKey(), "{\"expiry_date\": \"" + today.minusDays(3) + "\"}");
        String later = uploadBusiness(base, t.apiKey(), "{\"expiry_date\": \"" + today.plusDays(200) + "\"}");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (noticesOf(t.tenantId()).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(3000); // a few more rounds of the job: still once each

        List<String[]> notices = noticesOf(t.tenantId());
        assertThat(notices).extracting(e -> e[0]).containsExactlyInAnyOrder("document.expiring", "document.expired");
        assertThat(notices)
                .filteredOn(e -> e[0].equals("document.expiring"))
                .singleElement()
                .satisfies(e -> assertThat(e[1]).contains("\"document_id\":\"" + soon + "\""));
        assertThat(notices)
                .filteredOn(e -> e[0].equals("document.expired"))
                .singleElement()
                .satisfies(e -> assertThat(e[1]).contains("\"document_id\":\"" + past + "\""));
        assertThat(notices).noneSatisfy(e -> assertThat(e[1]).contains(later));
        assertThat(notices).allSatisfy(e -> assertThat(e[1]).doesNotContainIgnoringCase("jane"));
    }

    @Test
    default void givenUploadRefusedByTheContentCheck_thenNoEvent() throws Exception {
        var t = api().newTenant();
        Resp refused =
                api().uploadTenantDocument(t.apiKey(), "passport.pdf", TestFiles.windowsExecutable(), "Passport");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"file\"");
        assertThat(eventsOf(t.tenantId())).isEmpty();
    }

    private static List<String[]> reviewEvents(String tenantId) throws SQLException {
        return eventsOf(tenantId).stream()
                .filter(e -> e[0].equals("document.verified") || e[0].equals("document.rejected"))
                .toList();
    }

    private static List<String[]> noticesOf(String tenantId) throws SQLException {
        return eventsOf(tenantId).stream()
                .filter(e -> e[0].startsWith("document.expir"))
                .toList();
    }

    /** The tenant's events as written: type and body, oldest first. */
    private static List<String[]> eventsOf(String tenantId) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        System.getenv("DOSSIER_DB_URL"),
                        System.getenv("DOSSIER_DB_USER"),
                        System.getenv("DOSSIER_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement(
                        "SELECT event_type, body FROM webhook_event WHERE tenant_id = ? ORDER BY created_at, id")) {
            s.setObject(1, UUID.fromString(tenantId));
            List<String[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            return rows;
        }
    }
}
