package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The business documents surface and the review lifecycle, over HTTP (PostgreSQL + S3Proxy). */
interface BusinessDocumentApiTests extends ApiTest {
    String NOT_FOUND = "{\"detail\":\"Not found.\"}";
    String FORBIDDEN = "{\"detail\":\"You do not have permission to perform this action.\"}";

    /** A tenant with a documents key and a review key, and one business (entity). */
    record Biz(ApiClient.TenantKey tenant, String reviewKey, String businessId) {
        String base() {
            return "/v1/businesses/" + businessId + "/documents";
        }
    }

    private Biz newBusiness() {
        var t = api().newTenant("documents");
        String reviewKey =
                api().createKey(t.tenantId(), "reviewer+" + t.tenantId().substring(0, 8) + "@example.com", "review");
        return new Biz(t, reviewKey, api().createEntity(t.apiKey(), "Acme Corp Ltd", "company"));
    }

    private Resp uploadBusiness(Biz b, String type, String userData, String fileName) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (type != null) {
            fields.put("type", type);
        }
        if (userData != null) {
            fields.put("user_data", userData);
        }
        return api().upload(
                        b.base(), b.tenant().apiKey(), fields, fileName, TestFiles.pdf(fileName + UUID.randomUUID()));
    }

    private String uploaded(Biz b, String type, String userData) {
        Resp r = ApiClient.check(uploadBusiness(b, type, userData, type + ".pdf"), 201);
        return r.json().getString("id");
    }

    private Resp verify(Biz b, String doc) {
        return api().send("POST", b.base() + "/" + doc + "/verify", b.reviewKey(), null, null);
    }

    private Resp reject(Biz b, String doc, String body) {
        return reject(api(), b, doc, body);
    }

    /** A reject request the document does not allow (no body, no reason, a bad one). */
    private Resp rejectInvalid(Biz b, String doc, String body) {
        return reject(api().outsideContract(), b, doc, body);
    }

    private static Resp reject(ApiClient client, Biz b, String doc, String body) {
        return client.send(
                "POST",
                b.base() + "/" + doc + "/reject",
                b.reviewKey(),
                "application/json",
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String bare(String urn) {
        return urn.substring("urn:uuid:".length());
    }

    @Test
    default void givenBusinessUpload_whenCreatedAndRead_thenReferenceFieldsAndAFreshSingleUseLink() {
        Biz b = newBusiness();
        Resp created = uploadBusiness(
                b,
                "identification",
                "{\"purpose\": \"Identity verification\", \"expiry_date\": \"2031-12-31\"}",
                "drivers_license.pdf");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject doc = created.json();
        assertThat(new ArrayList<>(doc.keySet()))
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
        assertThat(doc.getString("filename")).isEqualTo("drivers_license.pdf");
        assertThat(doc.getString("type")).isEqualTo("identification");
        assertThat(doc.getString("status")).isEqualTo("pending");
        assertThat(doc.getString("mime_type")).isEqualTo("application/pdf");
        assertThat(doc.getJsonObject("user_data").toString())
                .isEqualTo("{\"purpose\":\"Identity verification\",\"expiry_date\":\"2031-12-31\"}");
        assertThat(doc.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        // bare UUID and urn:uuid: ids both work, on the business and the document
        for (String path : List.of(
                b.base() + "/" + doc.getString("id"),
                "/v1/businesses/urn:uuid:" + b.businessId() + "/documents/" + bare(doc.getString("id")))) {
            Resp got = api().get(path, b.tenant().apiKey());
            assertThat(got.status()).as(path).isEqualTo(200);
            JsonObject g = got.json();
            assertThat(g.getString("id")).isEqualTo(doc.getString("id"));
            assertThat(g.getString("download_url")).startsWith(api().baseUrl() + "/api/v1/files/");
            Resp bytes = api().get(g.getString("download_url"), null);
            assertThat(bytes.status()).isEqualTo(200);
            assertThat(bytes.text()).startsWith("%PDF-1.4");
            assertThat(api().get(g.getString("download_url"), null).text()).isEqualTo(NOT_FOUND);
        }
        Resp again1 = api().get(b.base() + "/" + doc.getString("id"), b.tenant().apiKey());
        Resp again2 = api().get(b.base() + "/" + doc.getString("id"), b.tenant().apiKey());
        assertThat(again1.json().getString("download_url"))
                .isNotEqualTo(again2.json().getString("download_url"));
    }

    @Test
    default void givenBadUploads_whenPosted_then400NamingEachFieldAndNothingStored() {
        Biz b = newBusiness();
        Resp none = api().upload(b.base(), b.tenant().apiKey(), Map.of("user_data", "[1]"), null, null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().keySet()).containsExactlyInAnyOrder("file", "type", "user_data");
        assertThat(none.json().getJsonArray("type").getString(0)).isEqualTo("This field is required.");

        Resp badType = uploadBusiness(b, "passport", null, "a.pdf");
        assertThat(badType.text())
                .isEqualTo("{\"type\":[\"\\\"passport\\\" is not a valid choice. Allowed: "
                        + "identification, bank_statement, tax_form, contract, license, other.\"]}");
        Resp badJson = uploadBusiness(b, "other", "{\"a\": ", "a.pdf");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().keySet()).containsExactly("user_data");
        Resp badDate = uploadBusiness(b, "other", "{\"expiry_date\": \"31/12/2025\"}", "a.pdf");
        assertThat(badDate.text())
                .isEqualTo("{\"user_data\":[\"expiry_date: Date has wrong format. Use one of "
                        + "these formats instead: YYYY-MM-DD.\"]}");
        Resp exe = api().upload(
                        b.base(),
                        b.tenant().apiKey(),
                        Map.of("type", "other"),
                        "statement.pdf",
                        TestFiles.windowsExecutable());
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json().keySet()).containsExactly("file");

        Resp list = api().get(b.base(), b.tenant().apiKey());
        assertThat(list.json().getInt("total_count")).isZero();
        assertThat(api().get(
                                "/api/v1/entities/" + b.businessId() + "/documents/",
                                b.tenant().apiKey())
                        .json()
                        .getInt("count"))
                .isZero();
    }

    @Test
    default void givenTwelveDocuments_whenPagedByOffset_thenPagesCoverAllNewestFirstAndAgreeWithTotalCount() {
        Biz b = newBusiness();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(0, uploaded(b, i % 2 == 0 ? "bank_statement" : "contract", null));
        }
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 15; offset += 5) {
            JsonObject page = api().get(
                            b.base() + "?limit=5&offset=" + offset, b.tenant().apiKey())
                    .json();
            assertThat(page.getInt("total_count")).isEqualTo(12);
            assertThat(page.getInt("limit")).isEqualTo(5);
            assertThat(page.getInt("offset")).isEqualTo(offset);
            page.getJsonArray("documents")
                    .forEach(v -> seen.add(v.asJsonObject().getString("id")));
        }
        assertThat(seen).isEqualTo(ids);
        JsonObject beyond =
                api().get(b.base() + "?offset=40", b.tenant().apiKey()).json();
        assertThat(beyond.getJsonArray("documents")).isEmpty();
        assertThat(beyond.getInt("total_count")).isEqualTo(12);
        JsonObject defaults = api().get(b.base(), b.tenant().apiKey()).json();
        assertThat(defaults.getInt("limit")).isEqualTo(50);
        assertThat(defaults.getInt("offset")).isZero();
        JsonObject contracts = api().get(
                        b.base() + "?type=contract&limit=4&offset=4", b.tenant().apiKey())
                .json();
        assertThat(contracts.getInt("total_count")).isEqualTo(6);
        assertThat(contracts.getJsonArray("documents"))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.asJsonObject().getString("type")).isEqualTo("contract"));
    }

    @Test
    default void givenDocumentsInEveryStatus_whenFilteredByTypeAndStatus_thenOnlyMatchesAndExpiredFromTheQuery() {
        Biz b = newBusiness();
        String future = LocalDate.now(ZoneOffset.UTC).plusYears(3).toString();
        String expired = uploaded(b, "identification", "{\"expiry_date\": \"2025-12-31\"}");
        String verifiedId = uploaded(b, "identification", "{\"expiry_date\": \"" + future + "\"}");
        String verifiedBank = uploaded(b, "bank_statement", null);
        String rejectedId = uploaded(b, "identification", null);
        String pendingBank = uploaded(b, "bank_statement", "{\"expiry_date\": \"2020-01-01\"}");
        for (String d : List.of(expired, verifiedId, verifiedBank)) {
            ApiClient.check(verify(b, d), 200);
        }
        ApiClient.check(reject(b, rejectedId, "{\"reason\": \"Blurry scan\"}"), 200);

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("status=expired", List.of(expired));
        expected.put("status=verified", List.of(verifiedBank, verifiedId));
        expected.put("status=rejected", List.of(rejectedId));
        expected.put("status=pending", List.of(pendingBank));
        expected.put("type=identification", List.of(rejectedId, verifiedId, expired));
        expected.put("type=identification&status=verified", List.of(verifiedId));
        expected.put("type=identification&status=expired", List.of(expired));
        expected.put("type=bank_statement&status=verified", List.of(verifiedBank));
        expected.put("type=bank_statement&status=rejected", List.of());
        expected.put("type=tax_form", List.of());
        expected.put("status=expired&limit=1&offset=0", List.of(expired));
        expected.put("status=verified&limit=1&offset=1", List.of(verifiedId));
        expected.forEach((query, ids) -> {
            JsonObject page =
                    api().get(b.base() + "?" + query, b.tenant().apiKey()).json();
            List<String> got = page.getJsonArray("documents").stream()
                    .map(v -> v.asJsonObject().getString("id"))
                    .map(BusinessDocumentApiTests::bare)
                    .toList();
            assertThat(got)
                    .as(query)
                    .isEqualTo(ids.stream().map(BusinessDocumentApiTests::bare).toList());
            long total = query.contains("limit=1") ? (query.startsWith("status=verified") ? 2 : 1) : ids.size();
            assertThat(page.getInt("total_count")).as(query).isEqualTo(total);
        });

        JsonObject exp =
                api().get(b.base() + "/" + expired, b.tenant().apiKey()).json();
        assertThat(exp.getString("status")).isEqualTo("expired");
        assertThat(exp.containsKey("verified_at")).isTrue();
        assertThat(exp.containsKey("rejection_reason")).isFalse();
        JsonObject rej =
                api().get(b.base() + "/" + rejectedId, b.tenant().apiKey()).json();
        assertThat(rej.getString("status")).isEqualTo("rejected");
        assertThat(rej.getString("rejection_reason")).isEqualTo("Blurry scan");
        assertThat(rej.containsKey("rejected_at")).isTrue();
        assertThat(rej.containsKey("verified_at")).isFalse();
        JsonObject pend =
                api().get(b.base() + "/" + pendingBank, b.tenant().apiKey()).json();
        assertThat(pend.getString("status")).isEqualTo("pending");
        assertThat(pend.keySet()).doesNotContain("verified_at", "rejected_at", "rejection_reason");
        // the expiry date is the document's expiry_date on the Library surface too
        JsonObject lib = api().get(
                        "/api/v1/entities/" + b.businessId() + "/documents/" + bare(expired) + "/",
                        b.tenant().apiKey())
                .json();
        assertThat(lib.getString("expiry_date")).isEqualTo("2025-12-31");
    }

    @Test
    default void givenBadListParameters_whenListed_then400NamingEachParameter() {
        Biz b = newBusiness();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("limit=101", "{\"limit\":[\"Ensure this value is less than or equal to 100.\"]}");
        cases.put("limit=0", "{\"limit\":[\"Ensure this value is greater than or equal to 1.\"]}");
        cases.put("limit=ten", "{\"limit\":[\"A valid integer is required.\"]}");
        cases.put("offset=-1", "{\"offset\":[\"Ensure this value is greater than or equal to 0.\"]}");
        cases.put("offset=1.5", "{\"offset\":[\"A valid integer is required.\"]}");
        cases.put("limit=99999999999999999999", "{\"limit\":[\"A valid integer is required.\"]}");
        cases.put(
                "type=passport",
                "{\"type\":[\"\\\"passport\\\" is not a valid choice. Allowed: identification, "
                        + "bank_statement, tax_form, contract, license, other.\"]}");
        cases.put(
                "status=approved",
                "{\"status\":[\"\\\"approved\\\" is not a valid choice. Allowed: pending, "
                        + "verified, rejected, expired.\"]}");
        cases.forEach((query, body) -> {
            Resp r = api().outsideContract()
                    .get(b.base() + "?" + query, b.tenant().apiKey());
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.text()).as(query).isEqualTo(body);
        });
        Resp all = api().outsideContract()
                .get(
                        b.base() + "?limit=500&offset=x&type=y&status=z",
                        b.tenant().apiKey());
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().keySet()).containsExactly("limit", "offset", "type", "status");
    }

    @Test
    default void givenNoKeyWrongScopeOrForeignBusiness_whenCalled_then401403And404LikeMissing() {
        Biz b = newBusiness();
        String doc = uploaded(b, "other", null);
        String docPath = b.base() + "/" + doc;
        List<String[]> calls = List.of(
                new String[] {"GET", b.base()},
                new String[] {"GET", docPath},
                new String[] {"POST", docPath + "/verify"},
                new String[] {"POST", docPath + "/reject"},
                new String[] {"GET", docPath + "/history"});
        for (String[] c : calls) {
            // no key or a wrong one, and no body: outside the document
            Resp anonymous = api().outsideContract().send(c[0], c[1], null, null, null);
            assertThat(anonymous.status()).as(c[1]).isEqualTo(401);
            assertThat(anonymous.text()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
            Resp badKey = api().outsideContract().send(c[0], c[1], "dk_not_a_key", null, null);
            assertThat(badKey.text()).as(c[1]).isEqualTo("{\"detail\":\"Invalid API key.\"}");
        }
        assertThat(api().outsideContract()
                        .send("POST", b.base(), null, null, null)
                        .status())
                .isEqualTo(401);
        // the review key cannot read or upload; the documents key cannot review
        assertThat(api().get(b.base(), b.reviewKey()).text()).isEqualTo(FORBIDDEN);
        assertThat(api().get(docPath, b.reviewKey()).text()).isEqualTo(FORBIDDEN);
        assertThat(api().get(docPath + "/history", b.reviewKey()).status()).isEqualTo(403);
        Resp verifyWithoutScope =
                api().send("POST", docPath + "/verify", b.tenant().apiKey(), null, null);
        assertThat(verifyWithoutScope.status()).isEqualTo(403);
        assertThat(verifyWithoutScope.text()).isEqualTo(FORBIDDEN);
        Resp rejectWithoutScope = api().send(
                        "POST",
                        docPath + "/reject",
                        b.tenant().apiKey(),
                        "application/json",
                        "{\"reason\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rejectWithoutScope.status()).isEqualTo(403);
        assertThat(api().get(docPath, b.tenant().apiKey()).json().getString("status"))
                .isEqualTo("pending");

        // another tenant (with every scope) sees exactly what a missing business or document looks like
        var intruder = api().newTenant("documents", "review", "confidential");
        String missing = UUID.randomUUID().toString();
        for (String[] c : calls) {
            // a reject takes its reason; the other calls no body
            boolean reject = c[1].endsWith("/reject");
            String type = reject ? "application/json" : null;
            byte[] body = reject ? "{\"reason\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : null;
            Resp foreign = api().send(c[0], c[1], intruder.apiKey(), type, body);
            Resp absent = api().send(c[0], c[1].replace(b.businessId(), missing), intruder.apiKey(), type, body);
            Resp absentDoc = api().send(c[0], c[1].replace(bare(doc), missing), b.reviewKey(), type, body);
            assertThat(foreign.status()).as(c[0] + " " + c[1]).isEqualTo(404);
            assertThat(foreign.text()).as(c[1]).isEqualTo(absent.text()).isEqualTo(NOT_FOUND);
            if (c[1].contains(bare(doc)) && c[0].equals("POST")) {
                assertThat(absentDoc.text()).as(c[1]).isEqualTo(NOT_FOUND);
            }
        }
        Resp foreignUpload =
                api().upload(b.base(), intruder.apiKey(), Map.of("type", "other"), "x.pdf", TestFiles.pdf("x"));
        assertThat(foreignUpload.status()).isEqualTo(404);
        assertThat(foreignUpload.text()).isEqualTo(NOT_FOUND);
        assertThat(api().get(b.base(), b.tenant().apiKey()).json().getInt("total_count"))
                .isEqualTo(1);
        for (String malformed : List.of("not-a-uuid", "urn:uuid:xyz", "document-123")) {
            assertThat(api().get(
                                    "/v1/businesses/" + malformed + "/documents",
                                    b.tenant().apiKey())
                            .text())
                    .isEqualTo(NOT_FOUND);
            assertThat(api().get(b.base() + "/" + malformed, b.tenant().apiKey())
                            .text())
                    .isEqualTo(NOT_FOUND);
        }
        // a library document or another business's document is not this business's
        String library = api().uploadTenantDocument(b.tenant().apiKey(), "l.pdf", TestFiles.pdf("l"), "Passport")
                .json()
                .getString("id");
        assertThat(api().get(b.base() + "/" + library, b.tenant().apiKey()).text())
                .isEqualTo(NOT_FOUND);
        assertThat(verify(b, library).text()).isEqualTo(NOT_FOUND);
        assertThat(api().get(docPath, b.tenant().apiKey()).json().getString("status"))
                .isEqualTo("pending");
    }

    @Test
    default void givenEveryIllegalTransition_whenRequested_then409AndNothingChanges() {
        Biz b = newBusiness();
        String verified = uploaded(b, "identification", null);
        String rejected = uploaded(b, "identification", null);
        String expired = uploaded(b, "identification", "{\"expiry_date\": \"2025-12-31\"}");
        JsonObject v = ApiClient.check(verify(b, verified), 200).json();
        assertThat(v.getString("status")).isEqualTo("verified");
        assertThat(v.containsKey("verified_at")).isTrue();
        assertThat(v.getString("updated_at")).isEqualTo(v.getString("verified_at"));
        JsonObject r = ApiClient.check(reject(b, rejected, "{\"reason\": \"Document is blurry\"}"), 200)
                .json();
        assertThat(r.getString("rejection_reason")).isEqualTo("Document is blurry");
        assertThat(ApiClient.check(verify(b, expired), 200).json().getString("status"))
                .isEqualTo("expired");

        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(verified + "/verify", "A verified document cannot become verified.");
        refusals.put(verified + "/reject", "A verified document cannot become rejected.");
        refusals.put(rejected + "/verify", "A rejected document cannot become verified.");
        refusals.put(rejected + "/reject", "A rejected document cannot become rejected.");
        refusals.put(expired + "/verify", "A verified document cannot become verified.");
        refusals.put(expired + "/reject", "A verified document cannot become rejected.");
        refusals.forEach((path, message) -> {
            Resp resp = path.endsWith("verify")
                    ? verify(b, path.substring(0, path.indexOf('/')))
                    : reject(b, path.substring(0, path.indexOf('/')), "{\"reason\": \"again\"}");
            assertThat(resp.status()).as(path).isEqualTo(409);
            assertThat(resp.text()).as(path).isEqualTo("{\"detail\":\"" + message + "\"}");
        });
        assertThat(api().get(b.base() + "/" + verified, b.tenant().apiKey())
                        .json()
                        .getString("status"))
                .isEqualTo("verified");
        JsonObject stillRejected =
                api().get(b.base() + "/" + rejected, b.tenant().apiKey()).json();
        assertThat(stillRejected.getString("rejection_reason")).isEqualTo("Document is blurry");
        assertThat(api().get(b.base() + "/" + verified + "/history", b.tenant().apiKey())
                        .json()
                        .getInt("total_count"))
                .isEqualTo(1);
    }

    @Test
    default void givenBadRejectOrVerifyBodies_whenPosted_then400AndStillPending() {
        Biz b = newBusiness();
        String doc = uploaded(b, "contract", null);
        assertThat(rejectInvalid(b, doc, null).text()).isEqualTo("{\"reason\":[\"This field is required.\"]}");
        assertThat(rejectInvalid(b, doc, "{}").text()).isEqualTo("{\"reason\":[\"This field is required.\"]}");
        assertThat(rejectInvalid(b, doc, "{\"reason\": \"   \"}").text())
                .isEqualTo("{\"reason\":[\"This field is required.\"]}");
        assertThat(rejectInvalid(b, doc, "{\"reason\": 5}").text()).isEqualTo("{\"reason\":[\"Not a valid string.\"]}");
        assertThat(rejectInvalid(b, doc, "{\"reason\": \"" + "x".repeat(2001) + "\"}")
                        .text())
                .isEqualTo("{\"reason\":[\"Ensure this field has no more than 2000 characters.\"]}");
        Resp broken = rejectInvalid(b, doc, "{\"reason\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).startsWith("JSON parse error");
        Resp unknown = api().outsideContract()
                .send(
                        "POST",
                        b.base() + "/" + doc + "/verify",
                        b.reviewKey(),
                        "application/json",
                        "{\"approve\": true}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unknown.text()).isEqualTo("{\"approve\":[\"Unknown field.\"]}");
        assertThat(api().get(b.base() + "/" + doc, b.tenant().apiKey()).json().getString("status"))
                .isEqualTo("pending");
        assertThat(api().get(b.base() + "/" + doc + "/history", b.tenant().apiKey())
                        .json()
                        .getInt("total_count"))
                .isZero();
        Resp emptyJson = api().send(
                        "POST",
                        b.base() + "/" + doc + "/verify",
                        b.reviewKey(),
                        "application/json",
                        "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(emptyJson.status()).isEqualTo(200);
    }

    @Test
    default void givenReviewedDocument_whenHistoryRead_thenTheChangeWithWhoWhenAndWhy() {
        Biz b = newBusiness();
        String doc = uploaded(b, "tax_form", null);
        JsonObject empty = api().get(
                        b.base() + "/" + doc + "/history", b.tenant().apiKey())
                .json();
        assertThat(empty.getJsonArray("events")).isEmpty();
        JsonObject rejected = ApiClient.check(reject(b, doc, "{\"reason\": \"Wrong tax year\"}"), 200)
                .json();

        JsonObject h = api().get(b.base() + "/" + doc + "/history", b.tenant().apiKey())
                .json();
        assertThat(h.getString("document_id")).isEqualTo(doc);
        assertThat(h.getString("business_id")).isEqualTo("urn:uuid:" + b.businessId());
        assertThat(h.getInt("total_count")).isEqualTo(1);
        JsonObject e = h.getJsonArray("events").getJsonObject(0);
        assertThat(e.getString("from_status")).isEqualTo("pending");
        assertThat(e.getString("to_status")).isEqualTo("rejected");
        assertThat(e.getString("changed_by")).startsWith("reviewer+").endsWith("@example.com");
        assertThat(e.getString("changed_at")).isEqualTo(rejected.getString("rejected_at"));
        assertThat(e.getString("reason")).isEqualTo("Wrong tax year");
        assertThat(e.getString("id")).startsWith("urn:uuid:");
    }

    @Test
    default void givenConcurrentReviewsOfOneDocument_whenSent_thenExactlyOneWinsAndTheOthersGet409() throws Exception {
        Biz b = newBusiness();
        String doc = uploaded(b, "license", null);
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Resp>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                boolean verify = i % 2 == 0;
                Callable<Resp> call = () -> {
                    go.await(30, TimeUnit.SECONDS);
                    return verify ? verify(b, doc) : reject(b, doc, "{\"reason\": \"racing\"}");
                };
                outcomes.add(pool.submit(call));
            }
            go.countDown();
            int ok = 0;
            for (Future<Resp> f : outcomes) {
                Resp r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isIn(200, 409);
                ok += r.status() == 200 ? 1 : 0;
            }
            assertThat(ok).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api().get(b.base() + "/" + doc + "/history", b.tenant().apiKey())
                        .json()
                        .getInt("total_count"))
                .isEqualTo(1);
    }

    @Test
    default void givenDocumentsUploadedOnEachSurface_whenReadOnTheOther_thenTypesLabelsAndExpiryAgree() {
        Biz b = newBusiness();
        String entityBase = "/api/v1/entities/" + b.businessId() + "/documents/";
        Map<String, String> labelToType = new LinkedHashMap<>();
        labelToType.put("Bank Statement", "bank_statement");
        labelToType.put("Passport", "identification");
        labelToType.put("Driver's License", "identification");
        labelToType.put("Tax Return", "tax_form");
        labelToType.put("Service Agreement", "contract");
        labelToType.put("Business Permit", "license");
        labelToType.put("Financial Statement", "other");
        Map<String, String> idByLabel = new LinkedHashMap<>();
        labelToType.forEach((label, type) -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("document_type", label);
            if (label.equals("Passport")) {
                fields.put("expiry_date", "2032-05-01");
            }
            idByLabel.put(
                    label,
                    ApiClient.check(
                                    api().upload(
                                                    entityBase + "upload/",
                                                    b.tenant().apiKey(),
                                                    fields,
                                                    "lib.pdf",
                                                    TestFiles.pdf(label)),
                                    201)
                            .json()
                            .getString("id"));
        });
        idByLabel.forEach((label, id) -> {
            JsonObject d = api().get(b.base() + "/" + id, b.tenant().apiKey()).json();
            assertThat(d.getString("type")).as(label).isEqualTo(labelToType.get(label));
            assertThat(d.getString("id")).isEqualTo("urn:uuid:" + id);
            assertThat(d.getString("filename")).isEqualTo("lib.pdf");
        });
        JsonObject passport = api().get(
                        b.base() + "/" + idByLabel.get("Passport"), b.tenant().apiKey())
                .json();
        assertThat(passport.getJsonObject("user_data").toString()).isEqualTo("{\"expiry_date\":\"2032-05-01\"}");
        assertThat(api().get(b.base() + "?type=identification", b.tenant().apiKey())
                        .json()
                        .getInt("total_count"))
                .isEqualTo(2);

        // and the other way round: a business upload reads on the Library with its type's label
        String biz = uploaded(b, "tax_form", "{\"expiry_date\": \"2030-01-31\", \"year\": 2024}");
        JsonObject lib =
                api().get(entityBase + bare(biz) + "/", b.tenant().apiKey()).json();
        assertThat(lib.getString("document_type_name")).isEqualTo("Tax Form");
        assertThat(lib.getString("expiry_date")).isEqualTo("2030-01-31");
        assertThat(lib.getString("classification")).isEqualTo("entity_private");
        assertThat(lib.getString("uploaded_by_email")).isEqualTo(b.tenant().email());
        assertThat(api().get(
                                entityBase + "?document_type=Tax%20Form",
                                b.tenant().apiKey())
                        .json()
                        .getInt("count"))
                .isEqualTo(1);
        assertThat(api().get(b.base(), b.tenant().apiKey()).json().getInt("total_count"))
                .isEqualTo(8);
        // deleting on the Library removes it from the business surface, history included
        ApiClient.check(verify(b, biz), 200);
        assertThat(api().delete(entityBase + bare(biz) + "/", b.tenant().apiKey())
                        .status())
                .isEqualTo(204);
        assertThat(api().get(b.base() + "/" + biz, b.tenant().apiKey()).text()).isEqualTo(NOT_FOUND);
        assertThat(api().get(b.base(), b.tenant().apiKey()).json().getInt("total_count"))
                .isEqualTo(7);
    }

    /** Runs a reference example with its base URL and token (and its sample ids) substituted; returns its output. */
    private String runExample(String interpreter, String script, Biz b, String documentId) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(
                java.nio.file.Path.of(System.getProperty("dossier.it.dir")), "business-examples");
        java.nio.file.Path file = dir.resolve(interpreter.equals("bash") ? "example.sh" : "example.py");
        String substituted = script.replace("https://api.example.com", api().baseUrl())
                .replace("YOUR_ACCESS_TOKEN", b.tenant().apiKey())
                .replace("9b397b0d-69bc-b09f-9d82-0e02637042fc", b.businessId());
        if (documentId != null) {
            substituted = substituted.replace("document-123", documentId);
        }
        java.nio.file.Files.writeString(file, substituted);
        // stderr apart: curl writes its progress meter there when its output is not a terminal
        java.nio.file.Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(interpreter, file.toString())
                .directory(dir.toFile())
                .redirectError(stderr.toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(out + java.nio.file.Files.readString(stderr))
                .isZero();
        return out;
    }

    private static jakarta.json.JsonObject parse(String text) {
        return jakarta.json.Json.createReader(new java.io.StringReader(text.strip()))
                .readObject();
    }

    @Test
    default void givenReferenceListAndGetExamples_whenRunAsWritten_thenTheyWork() throws Exception {
        Biz b = newBusiness();
        String license = uploaded(
                b, "identification", "{\"purpose\": \"Identity verification\", \"expiry_date\": \"2031-12-31\"}");
        uploaded(b, "identification", null);
        uploaded(b, "bank_statement", "{\"month\": \"December 2023\", \"account_type\": \"checking\"}");
        ApiClient.check(verify(b, license), 200);

        JsonObject listed = parse(runExample("bash", """
                curl -X GET \\
                'https://api.example.com/v1/businesses/urn:uuid:9b397b0d-69bc-b09f-9d82-0e02637042fc/documents?limit=10&type=identification&status=verified' \\
                -H 'Accept: application/json' \\
                -H 'Authorization: Bearer YOUR_ACCESS_TOKEN'
                """, b, null));
        assertThat(listed.getInt("total_count")).isEqualTo(1);
        assertThat(listed.getInt("limit")).isEqualTo(10);
        assertThat(listed.getInt("offset")).isZero();
        JsonObject item = listed.getJsonArray("documents").getJsonObject(0);
        assertThat(item.getString("id")).isEqualTo(license);
        assertThat(item.getString("status")).isEqualTo("verified");
        assertThat(item.getString("business_id")).isEqualTo("urn:uuid:" + b.businessId());

        String python = runExample("python3", """
                import requests
                url = "https://api.example.com/v1/businesses/urn:uuid:9b397b0d-69bc-b09f-9d82-0e02637042fc/documents"
                headers = {
                "Accept": "application/json",
                "Authorization": "Bearer YOUR_ACCESS_TOKEN"
                }
                params = {
                "limit": 10,
                "type": "identification",
                "status": "verified"
                }
                response = requests.get(url, headers=headers, params=params)
                print(response.json())
                """, b, null);
        assertThat(python)
                .contains(
                        "'total_count': 1",
                        "'id': '" + license + "'",
                        "'status': 'verified'",
                        "'user_data': {'purpose': 'Identity verification', 'expiry_date': '2031-12-31'}");

        // the get examples, with the sample document id replaced by the real one (as written: urn:uuid:<id>)
        JsonObject got = parse(runExample("bash", """
                curl -X GET \\
                'https://api.example.com/v1/businesses/urn:uuid:9b397b0d-69bc-b09f-9d82-0e02637042fc/documents/urn:uuid:document-123' \\
                -H 'Accept: application/json' \\
                -H 'Authorization: Bearer YOUR_ACCESS_TOKEN'
                """, b, bare(license)));
        assertThat(got.getString("id")).isEqualTo(license);
        assertThat(got.getString("download_url")).startsWith(api().baseUrl() + "/api/v1/files/");
        String pyGet = runExample("python3", """
                import requests
                url = "https://api.example.com/v1/businesses/urn:uuid:9b397b0d-69bc-b09f-9d82-0e02637042fc/documents/urn:uuid:document-123"
                headers = {
                "Accept": "application/json",
                "Authorization": "Bearer YOUR_ACCESS_TOKEN"
                }
                response = requests.get(url, headers=headers)
                print(response.json())
                """, b, bare(license));
        assertThat(pyGet).contains("'id': '" + license + "'", "'download_url': '" + api().baseUrl() + "/api/v1/files/");
        // and the document id exactly as written is simply not found
        String notFound = runExample("bash", """
                curl -s -X GET \\
                'https://api.example.com/v1/businesses/urn:uuid:9b397b0d-69bc-b09f-9d82-0e02637042fc/documents/urn:uuid:document-123' \\
                -H 'Accept: application/json' \\
                -H 'Authorization: Bearer YOUR_ACCESS_TOKEN'
                """, b, null);
        assertThat(notFound.strip()).isEqualTo(NOT_FOUND);
    }

    @Test
    default void givenConfidentialEntityDocument_whenGotWithoutConfidentialScope_then403() {
        Biz b = newBusiness();
        String id = ApiClient.check(
                        api().upload(
                                        "/api/v1/entities/" + b.businessId() + "/documents/upload/",
                                        b.tenant().apiKey(),
                                        Map.of("document_type", "Passport", "classification", "confidential"),
                                        "c.pdf",
                                        TestFiles.pdf("c")),
                        201)
                .json()
                .getString("id");
        assertThat(api().get(b.base() + "/" + id, b.tenant().apiKey()).text()).isEqualTo(FORBIDDEN);
        JsonObject listed = api().get(b.base(), b.tenant().apiKey()).json();
        assertThat(listed.getInt("total_count")).isEqualTo(1);
        assertThat(listed.getJsonArray("documents").getJsonObject(0).containsKey("download_url"))
                .isFalse();
        assertThat(listed.getJsonArray("documents").getJsonObject(0).get("id")).isInstanceOf(JsonString.class);
    }
}
