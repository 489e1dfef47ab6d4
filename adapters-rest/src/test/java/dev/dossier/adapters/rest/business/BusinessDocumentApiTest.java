package dev.dossier.adapters.rest.business;

import static dev.dossier.adapters.rest.harness.RestHarness.ADMIN_TOKEN;
import static dev.dossier.adapters.rest.harness.RestHarness.PUBLIC_URL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.harness.ApiCalls.TenantKey;
import dev.dossier.adapters.rest.harness.Multipart;
import dev.dossier.adapters.rest.harness.Resp;
import dev.dossier.adapters.rest.harness.RestHarness;
import dev.dossier.application.fakes.Fixtures;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The business documents surface in process: list, upload, read, review and history. */
class BusinessDocumentApiTest {
    private static final String NOT_FOUND = "404 {\"detail\":\"Not found.\"}";

    @RegisterExtension
    static final RestHarness api = new RestHarness();

    /** A business (an entity) of a fresh tenant, with a documents key and a review key. */
    record Biz(TenantKey tenant, String reviewKey, String businessId) {
        String base() {
            return "/v1/businesses/" + businessId + "/documents";
        }
    }

    private static Biz newBusiness() {
        TenantKey t = api.newTenant();
        String review = Resp.check(
                        api.postJson(
                                "/api/admin/tenants/" + t.tenantId() + "/api-keys",
                                ADMIN_TOKEN,
                                "{\"email\": \"reviewer@example.com\", \"scopes\": [\"documents\", \"review\"]}"),
                        201)
                .json()
                .getString("api_key");
        return new Biz(t, review, api.newEntity(t.apiKey(), "Acme Corp Ltd"));
    }

    private static Resp upload(Biz b, String type, String userData) {
        Multipart form = Multipart.form();
        if (type != null) {
            form.field("type", type);
        }
        if (userData != null) {
            form.field("user_data", userData);
        }
        return api.post(b.base(), b.tenant().apiKey(), form.file("file", "drivers_license.pdf", Fixtures.pdf()));
    }

    private static String uploaded(Biz b, String type, String userData) {
        return Resp.check(upload(b, type, userData), 201).json().getString("id");
    }

    private static Resp verify(Biz b, String doc) {
        return api.send("POST", b.base() + "/" + doc + "/verify", b.reviewKey(), null, null);
    }

    private static Resp reject(Biz b, String doc, String body) {
        return body == null
                ? api.send("POST", b.base() + "/" + doc + "/reject", b.reviewKey(), null, null)
                : api.send(
                        "POST",
                        b.base() + "/" + doc + "/reject",
                        b.reviewKey(),
                        "application/json",
                        body.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Uploads {
        @Test
        void givenBusinessUpload_whenCreatedAndRead_thenTheReferenceFieldsAndAFreshSingleUseLink() {
            Biz b = newBusiness();

            Resp created = upload(b, "identification", "{\"purpose\": \"Identity verification\"}");

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonObject doc = created.json();
            assertThat(doc.keySet())
                    .containsExactly(
                            "id",
                            "business_id",
                            "filename",
                            "type",
                            "status",
                            "mime_type",
                            "size_bytes",
                            "user_data",
                            "created_at",
                            "updated_at");
            assertThat(doc.getString("id")).matches("urn:uuid:[0-9a-f-]{36}");
            assertThat(doc.getString("business_id")).isEqualTo("urn:uuid:" + b.businessId());
            assertThat(doc.getString("type")).isEqualTo("identification");
            assertThat(doc.getString("status")).isEqualTo("pending");
            assertThat(doc.getString("mime_type")).isEqualTo("application/pdf");
            assertThat(doc.getJsonObject("user_data").toString()).isEqualTo("{\"purpose\":\"Identity verification\"}");
            assertThat(doc.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

            String bare = doc.getString("id").substring("urn:uuid:".length());
            for (String path : List.of(
                    b.base() + "/" + doc.getString("id"),
                    "/v1/businesses/urn:uuid:" + b.businessId() + "/documents/" + bare)) {
                Resp got = api.get(path, b.tenant().apiKey());
                assertThat(got.status()).as(path).isEqualTo(200);
                assertThat(got.json().getString("download_url")).startsWith(PUBLIC_URL + "/api/v1/files/");
                String link = got.json().getString("download_url").substring(PUBLIC_URL.length());
                assertThat(api.get(link, null).body()).isEqualTo(Fixtures.pdf());
                assertThat(api.get(link, null).toString()).isEqualTo(NOT_FOUND);
            }
        }

        @Test
        void givenBadUploads_then400NamingEachFieldAndNothingStored() {
            Biz b = newBusiness();

            Resp none = api.post(b.base(), b.tenant().apiKey(), Multipart.form().field("user_data", "[1]"));
            Resp badType = upload(b, "passport", null);
            Resp badDate = upload(b, "other", "{\"expiry_date\": \"31/12/2025\"}");

            assertThat(none.status()).isEqualTo(400);
            assertThat(none.json().keySet()).containsExactlyInAnyOrder("file", "type", "user_data");
            assertThat(none.json().getJsonArray("type").getString(0)).isEqualTo("This field is required.");
            assertThat(badType.toString())
                    .isEqualTo("400 {\"type\":[\"\\\"passport\\\" is not a valid choice. Allowed: "
                            + "identification, bank_statement, tax_form, contract, license, other.\"]}");
            assertThat(badDate.toString())
                    .isEqualTo("400 {\"user_data\":[\"expiry_date: Date has wrong format. Use one of "
                            + "these formats instead: YYYY-MM-DD.\"]}");
            assertThat(api.get(b.base(), b.tenant().apiKey()).json().getInt("total_count"))
                    .isZero();
        }
    }

    @Nested
    class Listing {
        @Test
        void givenDocuments_whenPagedAndFiltered_thenNewestFirstWithTheTotalCount() {
            Biz b = newBusiness();
            String contract = uploaded(b, "contract", null);
            api.tick();
            String license = uploaded(b, "license", null);
            api.tick();
            String other = uploaded(b, "other", null);

            JsonObject all = api.get(b.base(), b.tenant().apiKey()).json();
            JsonObject page =
                    api.get(b.base() + "?limit=2&offset=1", b.tenant().apiKey()).json();
            JsonObject contracts =
                    api.get(b.base() + "?type=contract", b.tenant().apiKey()).json();

            assertThat(page.keySet()).containsExactly("documents", "total_count", "limit", "offset");
            assertThat(page.getInt("total_count")).isEqualTo(3);
            assertThat(page.getInt("limit")).isEqualTo(2);
            assertThat(page.getInt("offset")).isEqualTo(1);
            assertThat(page.getJsonArray("documents").getValuesAs(JsonObject.class))
                    .extracting(d -> d.getString("id"))
                    .containsExactly(license, contract);
            assertThat(contracts.getJsonArray("documents").getValuesAs(JsonObject.class))
                    .extracting(d -> d.getString("id"))
                    .containsExactly(contract);
            assertThat(all.getJsonArray("documents").getValuesAs(JsonObject.class))
                    .extracting(d -> d.getString("id"))
                    .containsExactly(other, license, contract);
            assertThat(all.getInt("limit")).isEqualTo(50);
        }

        @Test
        void givenBadListParameters_then400NamingEachParameter() {
            Biz b = newBusiness();
            Map<String, String> cases = new LinkedHashMap<>();
            cases.put("limit=101", "{\"limit\":[\"Ensure this value is less than or equal to 100.\"]}");
            cases.put("limit=ten", "{\"limit\":[\"A valid integer is required.\"]}");
            cases.put("offset=-1", "{\"offset\":[\"Ensure this value is greater than or equal to 0.\"]}");
            cases.put(
                    "status=approved",
                    "{\"status\":[\"\\\"approved\\\" is not a valid choice. Allowed: pending, "
                            + "verified, rejected, expired.\"]}");

            cases.forEach((query, body) -> assertThat(
                            api.get(b.base() + "?" + query, b.tenant().apiKey()).toString())
                    .as(query)
                    .isEqualTo("400 " + body));
            assertThat(api.get(
                                    b.base() + "?limit=500&offset=x&type=y&status=z",
                                    b.tenant().apiKey())
                            .json()
                            .keySet())
                    .containsExactly("limit", "offset", "type", "status");
        }

        @Test
        void givenForeignUnknownOrMalformedBusiness_then404LikeMissing() {
            Biz b = newBusiness();
            var intruder = api.newTenant("documents", "review");

            assertThat(api.get(b.base(), intruder.apiKey()).toString()).isEqualTo(NOT_FOUND);
            assertThat(api.get("/v1/businesses/" + UUID.randomUUID() + "/documents", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
            assertThat(api.get("/v1/businesses/not-a-uuid/documents", intruder.apiKey())
                            .toString())
                    .isEqualTo(NOT_FOUND);
        }
    }

    @Nested
    class Review {
        @Test
        void givenPendingDocuments_whenVerifiedAndRejected_then200WithTheReviewFields() {
            Biz b = newBusiness();
            String toVerify = uploaded(b, "identification", null);
            String toReject = uploaded(b, "identification", null);

            JsonObject v = Resp.check(verify(b, toVerify), 200).json();
            JsonObject r = Resp.check(reject(b, toReject, "{\"reason\": \"Document is blurry\"}"), 200)
                    .json();

            assertThat(v.getString("status")).isEqualTo("verified");
            assertThat(v.getString("updated_at")).isEqualTo(v.getString("verified_at"));
            assertThat(v.containsKey("rejected_at")).isFalse();
            assertThat(r.getString("status")).isEqualTo("rejected");
            assertThat(r.getString("rejection_reason")).isEqualTo("Document is blurry");
            assertThat(r.containsKey("verified_at")).isFalse();
        }

        @Test
        void givenAReviewedDocument_whenReviewedAgain_then409AndTheHistoryHasOneChange() {
            Biz b = newBusiness();
            String doc = uploaded(b, "tax_form", null);
            Resp.check(reject(b, doc, "{\"reason\": \"Wrong tax year\"}"), 200);

            assertThat(verify(b, doc).toString())
                    .isEqualTo("409 {\"detail\":\"A rejected document cannot become verified.\"}");
            JsonObject h = api.get(b.base() + "/" + doc + "/history", b.tenant().apiKey())
                    .json();
            assertThat(h.keySet()).containsExactly("document_id", "business_id", "events", "total_count");
            assertThat(h.getString("document_id")).isEqualTo(doc);
            assertThat(h.getInt("total_count")).isEqualTo(1);
            JsonObject e = h.getJsonArray("events").getJsonObject(0);
            assertThat(e.keySet())
                    .containsExactly("id", "from_status", "to_status", "changed_by", "changed_at", "reason");
            assertThat(e.getString("from_status")).isEqualTo("pending");
            assertThat(e.getString("to_status")).isEqualTo("rejected");
            assertThat(e.getString("changed_by")).isEqualTo("reviewer@example.com");
            assertThat(e.getString("reason")).isEqualTo("Wrong tax year");
        }

        @Test
        void givenAnExpiryDateInThePast_whenVerified_thenItReadsAsExpired() {
            Biz b = newBusiness();
            String doc = uploaded(b, "identification", "{\"expiry_date\": \"2025-12-31\"}");

            assertThat(Resp.check(verify(b, doc), 200).json().getString("status"))
                    .isEqualTo("expired");
        }

        @Test
        void givenBadRejectOrVerifyBodies_then400AndStillPending() {
            Biz b = newBusiness();
            String doc = uploaded(b, "contract", null);

            assertThat(reject(b, doc, null).toString()).isEqualTo("400 {\"reason\":[\"This field is required.\"]}");
            assertThat(reject(b, doc, "{\"reason\": 5}").toString())
                    .isEqualTo("400 {\"reason\":[\"Not a valid string.\"]}");
            assertThat(api.send(
                                    "POST",
                                    b.base() + "/" + doc + "/verify",
                                    b.reviewKey(),
                                    "application/json",
                                    "{\"approve\": true}".getBytes(StandardCharsets.UTF_8))
                            .toString())
                    .isEqualTo("400 {\"approve\":[\"Unknown field.\"]}");
            assertThat(api.get(b.base() + "/" + doc, b.tenant().apiKey()).json().getString("status"))
                    .isEqualTo("pending");
        }

        @Test
        void givenAKeyWithoutTheReviewScope_then403() {
            Biz b = newBusiness();
            String doc = uploaded(b, "contract", null);

            assertThat(api.send(
                                    "POST",
                                    b.base() + "/" + doc + "/verify",
                                    b.tenant().apiKey(),
                                    null,
                                    null)
                            .toString())
                    .isEqualTo("403 {\"detail\":\"You do not have permission to perform this action.\"}");
        }
    }
}
