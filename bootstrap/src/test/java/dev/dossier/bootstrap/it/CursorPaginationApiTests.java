package dev.dossier.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.it.ApiClient.Resp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Cursor pagination of the v2 lists over HTTP: a few hundred documents walked forward and back while
 * documents are uploaded and deleted between pages (no gaps, no repeats), filters with cursors, and
 * every kind of bad cursor or page size answered with a 400 on its parameter.
 */
interface CursorPaginationApiTests extends ApiTest {
    int SEEDED = 300;
    int SEED_THREADS = 4;

    /** A document as a list shows it, ordered as the lists are: newest first, ties by id descending. */
    record Listed(String id, Instant createdAt) {
        static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(Listed::createdAt)
                .thenComparing(Listed::id)
                .reversed();

        static Listed of(JsonValue v) {
            JsonObject o = v.asJsonObject();
            return new Listed(o.getString("id"), Instant.parse(o.getString("created_at")));
        }
    }

    private List<Listed> results(JsonObject page) {
        return page.getJsonArray("results").stream().map(Listed::of).toList();
    }

    private JsonObject page(String key, String path) {
        Resp r = api().get(path, key);
        assertThat(r.status()).as(path + " → " + r).isEqualTo(200);
        return r.json();
    }

    private static String cursor(JsonObject page, String name) {
        return page.isNull(name) ? null : page.getString(name);
    }

    private static String query(String base, String... params) {
        StringBuilder s = new StringBuilder(base);
        for (int i = 0; i < params.length; i += 2) {
            if (params[i + 1] != null) {
                s.append(s.indexOf("?") < 0 ? '?' : '&')
                        .append(params[i])
                        .append('=')
                        .append(params[i + 1]);
            }
        }
        return s.toString();
    }

    /** Uploads {@code n} small documents with a few threads; returns their ids. */
    private List<String> seed(String key, String uploadPath, int n, Function<Integer, String> typeOf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
        try {
            List<Future<String>> uploads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                uploads.add(pool.submit(() -> upload(key, uploadPath, "seed-" + index, typeOf.apply(index))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> f : uploads) {
                ids.add(f.get(120, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private String upload(String key, String uploadPath, String marker, String type) {
        Resp r = api().upload(uploadPath, key, Map.of("document_type", type), marker + ".pdf", TestFiles.pdf(marker));
        ApiClient.check(r, 201);
        return r.json().getString("id");
    }

    private void delete(String key, String id) {
        ApiClient.check(api().delete("/api/v2/documents/" + id + "/", key), 204);
    }

    @Test
    default void givenHundredsOfDocuments_whenWalkedForwardAndBackWhileDocumentsComeAndGo_thenNoGapsAndNoRepeats()
            throws Exception {
        var t = api().newTenant();
        String key = t.apiKey();
        List<String> seeded = seed(key, "/api/v2/documents/upload/", SEEDED, i -> "Statement");
        Set<String> initial = new HashSet<>(seeded);
        Set<String> deleted = new HashSet<>();
        Set<String> inserted = new LinkedHashSet<>();
        int pageSize = 40;

        // forward: first page, then after=next_cursor until has_more is false
        List<Listed> forward = new ArrayList<>();
        JsonObject p = page(key, "/api/v2/documents/?page_size=" + pageSize);
        assertThat(p.get("prev_cursor"))
                .as("nothing is newer than the first page")
                .isEqualTo(JsonValue.NULL);
        forward.addAll(results(p));
        int pages = 1;
        while (p.getBoolean("has_more")) {
            // between pages: two uploads (newer than everything), one delete behind us, one ahead of us
            inserted.add(upload(key, "/api/v2/documents/upload/", "forward-" + pages + "a", "Statement"));
            inserted.add(upload(key, "/api/v2/documents/upload/", "forward-" + pages + "b", "Statement"));
            String behind = forward.get(forward.size() / 2).id();
            String ahead = seeded.get((pages * 37) % seeded.size());
            for (String victim : List.of(behind, ahead)) {
                if (deleted.add(victim)) {
                    delete(key, victim);
                }
            }
            p = page(key, query("/api/v2/documents/", "page_size", "" + pageSize, "after", cursor(p, "next_cursor")));
            assertThat(p.get("prev_cursor"))
                    .as("an after page always has newer items")
                    .isNotEqualTo(JsonValue.NULL);
            assertThat(results(p))
                    .extracting(Listed::id)
                    .as("deleted before this page")
                    .doesNotContainAnyElementsOf(deleted);
            forward.addAll(results(p));
            pages++;
        }
        assertThat(p.get("next_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(pages).isGreaterThanOrEqualTo(SEEDED / pageSize);

        List<String> forwardIds = forward.stream().map(Listed::id).toList();
        assertThat(forwardIds).as("no repeats").doesNotHaveDuplicates();
        assertThat(forward).as("newest first").isSortedAccordingTo(Listed.NEWEST_FIRST);
        Set<String> survivors = new HashSet<>(initial);
        survivors.removeAll(deleted);
        assertThat(forwardIds)
                .as("no gaps: every document present throughout was seen")
                .containsAll(survivors);
        assertThat(forwardIds)
                .as("documents added behind the walk are not in it")
                .doesNotContainAnyElementsOf(inserted);

        // backward: from the last page, before=prev_cursor until prev_cursor is null
        List<List<Listed>> backPages = new ArrayList<>();
        backPages.add(results(p));
        int back = 0;
        while (!p.isNull("prev_cursor")) {
            inserted.add(upload(key, "/api/v2/documents/upload/", "backward-" + back, "Statement"));
            String victim = seeded.get((back * 53 + 11) % seeded.size());
            if (deleted.add(victim)) {
                delete(key, victim);
            }
            p = page(key, query("/api/v2/documents/", "page_size", "" + pageSize, "before", cursor(p, "prev_cursor")));
            assertThat(p.get("next_cursor"))
                    .as("a before page always has older items")
                    .isNotEqualTo(JsonValue.NULL);
            assertThat(results(p))
                    .extracting(Listed::id)
                    .as("deleted before this page")
                    .doesNotContainAnyElementsOf(deleted);
            assertThat(p.getBoolean("has_more")).isEqualTo(!p.isNull("prev_cursor"));
            assertThat(results(p)).isNotEmpty();
            backPages.add(0, results(p));
            back++;
        }
        List<Listed> backward = backPages.stream().flatMap(List::stream).toList();
        List<String> backwardIds = backward.stream().map(Listed::id).toList();
        assertThat(backwardIds).as("no repeats going back").doesNotHaveDuplicates();
        assertThat(backward).isSortedAccordingTo(Listed.NEWEST_FIRST);
        Set<String> present = new HashSet<>(initial);
        present.addAll(inserted);
        present.removeAll(deleted);
        assertThat(backwardIds)
                .as("no gaps going back, new uploads at the top included")
                .containsAll(present);

        // the list as it is now, in pages of the maximum size, is exactly what is left
        List<String> now = new ArrayList<>();
        JsonObject q = page(key, "/api/v2/documents/?page_size=100");
        now.addAll(results(q).stream().map(Listed::id).toList());
        while (q.getBoolean("has_more")) {
            assertThat(q.getJsonArray("results")).hasSize(100);
            q = page(key, "/api/v2/documents/?page_size=100&after=" + q.getString("next_cursor"));
            now.addAll(results(q).stream().map(Listed::id).toList());
        }
        assertThat(now).containsExactlyInAnyOrderElementsOf(present);
        assertThat(api().get("/api/v1/documents/?limit=1000", key).json().getInt("count"))
                .isEqualTo(present.size());
    }

    @Test
    default void givenTypeFilter_whenPaged_thenOnlyThatTypeInEveryPage_andItsCursorsStayWithTheFilter()
            throws Exception {
        var t = api().newTenant();
        String key = t.apiKey();
        String entity = api().createEntity(key, "Filtered Ltd", "company");
        String entityDocs = "/api/v2/entities/" + entity + "/documents/";
        List<String> ids = seed(key, entityDocs, 30, i -> i % 3 == 0 ? "Passport" : "Bank Statement");
        Set<String> passports = new HashSet<>();
        for (int i = 0; i < ids.size(); i += 3) {
            passports.add(ids.get(i));
        }

        List<String> seen = new ArrayList<>();
        JsonObject p = page(key, entityDocs + "?document_type=Passport&page_size=4");
        assertThat(p.getInt("count")).isEqualTo(10);
        seen.addAll(results(p).stream().map(Listed::id).toList());
        while (p.getBoolean("has_more")) {
            // another spelling of the same filter is the same list
            p = page(key, entityDocs + "?document_type=PASSPORT&page_size=4&after=" + p.getString("next_cursor"));
            assertThat(p.getInt("count")).isEqualTo(10);
            seen.addAll(results(p).stream().map(Listed::id).toList());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(passports);

        String next =
                page(key, entityDocs + "?document_type=Passport&page_size=4").getString("next_cursor");
        for (String other : List.of(
                entityDocs + "?document_type=Bank%20Statement&after=" + next,
                entityDocs + "?after=" + next,
                "/api/v2/documents/?document_type=Passport&after=" + next)) {
            Resp r = api().get(other, key);
            assertThat(r.status()).as(other).isEqualTo(400);
            assertThat(r.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
        }
    }

    @Test
    default void givenBadCursors_whenUsed_then400WithTheParameterNamed() throws Exception {
        var owner = api().newTenant();
        var stranger = api().newTenant();
        seed(owner.apiKey(), "/api/v2/documents/upload/", 5, i -> "Other");
        seed(stranger.apiKey(), "/api/v2/documents/upload/", 5, i -> "Other");
        JsonObject first = page(owner.apiKey(), "/api/v2/documents/?page_size=2");
        String next = first.getString("next_cursor");
        String prev = page(owner.apiKey(), "/api/v2/documents/?page_size=2&after=" + next)
                .getString("prev_cursor");
        String middle = next.substring(0, 40) + (next.charAt(40) == 'A' ? 'B' : 'A') + next.substring(41);
        String entity = api().createEntity(owner.apiKey(), "Owner Ltd", "company");

        Map<String, String> invalidAfter = Map.of(
                "tampered", "/api/v2/documents/?after=" + middle,
                "truncated", "/api/v2/documents/?after=" + next.substring(0, next.length() - 1),
                "extended", "/api/v2/documents/?after=" + next + "A",
                "garbage", "/api/v2/documents/?after=hello",
                "not base64", "/api/v2/documents/?after=%25%25%25%25",
                "a previous cursor as next", "/api/v2/documents/?after=" + prev,
                "another list", "/api/v2/entities/" + entity + "/documents/?after=" + next,
                "the entity list", "/api/v2/entities/?after=" + next);
        invalidAfter.forEach((what, path) -> {
            Resp r = api().get(path, owner.apiKey());
            assertThat(r.status()).as(what).isEqualTo(400);
            assertThat(r.text()).as(what).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
        });
        Resp nextAsPrev = api().get("/api/v2/documents/?before=" + next, owner.apiKey());
        assertThat(nextAsPrev.status()).isEqualTo(400);
        assertThat(nextAsPrev.text()).isEqualTo("{\"before\":[\"Invalid cursor.\"]}");

        Resp foreign = api().get("/api/v2/documents/?after=" + next, stranger.apiKey());
        assertThat(foreign.status()).as("another tenant's cursor").isEqualTo(400);
        assertThat(foreign.text()).isEqualTo("{\"after\":[\"Invalid cursor.\"]}");
        Resp foreignBefore = api().get("/api/v2/documents/?before=" + prev, stranger.apiKey());
        assertThat(foreignBefore.text()).isEqualTo("{\"before\":[\"Invalid cursor.\"]}");

        Resp both = api().get("/api/v2/documents/?after=" + next + "&before=" + prev, owner.apiKey());
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().keySet()).containsExactly("after", "before");
        assertThat(both.json().getJsonArray("after").getString(0)).isEqualTo("Use either after or before, not both.");

        // the good cursors still work, and an empty parameter counts as absent
        assertThat(results(page(owner.apiKey(), "/api/v2/documents/?page_size=2&after=" + next)))
                .hasSize(2);
        assertThat(results(page(owner.apiKey(), "/api/v2/documents/?page_size=2&before=" + prev)))
                .hasSize(2);
        assertThat(results(page(owner.apiKey(), "/api/v2/documents/?after=&before=&page_size=")))
                .hasSize(5);
    }

    @Test
    default void givenPageSizes_whenListed_thenDefaultFiftyAtMostOneHundred_andOthersRefusedOnPageSize()
            throws Exception {
        var t = api().newTenant();
        seed(t.apiKey(), "/api/v2/documents/upload/", 103, i -> "Other");

        JsonObject byDefault = page(t.apiKey(), "/api/v2/documents/");
        assertThat(byDefault.getJsonArray("results")).hasSize(50);
        assertThat(byDefault.getBoolean("has_more")).isTrue();
        JsonObject max = page(t.apiKey(), "/api/v2/documents/?page_size=100");
        assertThat(max.getJsonArray("results")).hasSize(100);
        JsonObject rest = page(t.apiKey(), "/api/v2/documents/?page_size=100&after=" + max.getString("next_cursor"));
        assertThat(rest.getJsonArray("results")).hasSize(3);
        assertThat(rest.getBoolean("has_more")).isFalse();
        assertThat(page(t.apiKey(), "/api/v2/documents/?page_size=1").getJsonArray("results"))
                .hasSize(1);

        Map<String, String> refused = Map.of(
                "0", "Ensure this value is greater than or equal to 1.",
                "-1", "Ensure this value is greater than or equal to 1.",
                "101", "Ensure this value is less than or equal to 100.",
                "100000000000000000000", "Ensure this value is less than or equal to 100.",
                "ten", "A valid integer is required.",
                "2.5", "A valid integer is required.");
        refused.forEach((size, message) -> {
            for (String path : List.of("/api/v2/documents/", "/api/v2/entities/")) {
                Resp r = api().outsideContract().get(path + "?page_size=" + size, t.apiKey());
                assertThat(r.status()).as(path + size).isEqualTo(400);
                assertThat(r.text()).as(path + size).isEqualTo("{\"page_size\":[\"" + message + "\"]}");
            }
        });
        // v1's limit is untouched: page_size means nothing there
        assertThat(api().get("/api/v1/documents/?page_size=0", t.apiKey())
                        .json()
                        .getInt("count"))
                .isEqualTo(103);
    }

    @Test
    default void givenEmptyAndSinglePageLists_whenListed_thenNoMoreAndNoCursors() {
        var t = api().newTenant();
        JsonObject empty = page(t.apiKey(), "/api/v2/documents/");
        assertThat(empty.getJsonArray("results")).isEmpty();
        assertThat(empty.getBoolean("has_more")).isFalse();
        assertThat(empty.get("next_cursor")).isEqualTo(JsonValue.NULL);
        assertThat(empty.get("prev_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject entities = page(t.apiKey(), "/api/v2/entities/");
        assertThat(entities.getJsonArray("results")).isEmpty();
        assertThat(entities.getBoolean("has_more")).isFalse();

        String a = upload(t.apiKey(), "/api/v2/documents/upload/", "a", "Other");
        String b = upload(t.apiKey(), "/api/v2/documents/upload/", "b", "Other");
        JsonObject p1 = page(t.apiKey(), "/api/v2/documents/?page_size=1");
        assertThat(results(p1)).extracting(Listed::id).containsExactly(b);
        JsonObject p2 = page(t.apiKey(), "/api/v2/documents/?page_size=1&after=" + p1.getString("next_cursor"));
        assertThat(results(p2)).extracting(Listed::id).containsExactly(a);
        assertThat(p2.getBoolean("has_more")).isFalse();
        assertThat(p2.get("next_cursor")).isEqualTo(JsonValue.NULL);
        // the last document goes: the page after the previous one is empty, with a way back
        delete(t.apiKey(), a);
        JsonObject gone = page(t.apiKey(), "/api/v2/documents/?page_size=1&after=" + p1.getString("next_cursor"));
        assertThat(gone.getJsonArray("results")).isEmpty();
        assertThat(gone.getBoolean("has_more")).isFalse();
        assertThat(gone.get("next_cursor")).isEqualTo(JsonValue.NULL);
        JsonObject backToB = page(t.apiKey(), "/api/v2/documents/?page_size=1&before=" + gone.getString("prev_cursor"));
        assertThat(results(backToB)).extracting(Listed::id).containsExactly(b);
    }
}
