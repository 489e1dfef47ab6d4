package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.SeedPhase.ENTITY_ID_PREFIX;
import static dev.dossier.bench.SeedPhase.SEED_EPOCH;
import static dev.dossier.bench.SeedPhase.SMALL_DOCUMENTS;
import static dev.dossier.bench.SeedPhase.SMALL_ENTITY_ID_PREFIX;
import static dev.dossier.bench.SeedPhase.seededId;
import static dev.dossier.bench.Stats.fmt;

import dev.dossier.application.paging.CursorCodec;
import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest.Direction;
import java.util.Locale;
import java.util.UUID;

/**
 * Row 3, list pages against the owner's size: every list page of the entity with the seeded 1M
 * documents against the same page of an entity with 1k, on v1, v2 and the business surface, first
 * and last pages (and the business middle page), unfiltered and filtered. Every one of these
 * responses carries an exact count.
 * Needs the seed phase; runs after the paging phase, whose first v2 page creates the server's
 * cursor signing key if there is none yet.
 */
final class ListScalePhase implements Phase {
    private static final int PAGE = 100;

    @Override
    public String name() {
        return "lists";
    }

    @Override
    public void run(Harness h) throws Exception {
        int n = h.requireSeeded(name());
        String small = h.smallEntityId();
        DossierApi api = h.api();
        DossierApi.Tenant tenant = api.tenant();
        String big = tenant.entityId();
        String bigLabel = n >= 1_000_000 && n % 1_000_000 == 0 ? (n / 1_000_000) + "M" : (n / 1000) + "k";
        int reps = h.config().pageReps();
        Owner large = new Owner(big, n, ENTITY_ID_PREFIX, bigLabel);
        Owner little = new Owner(small, SMALL_DOCUMENTS, SMALL_ENTITY_ID_PREFIX, (SMALL_DOCUMENTS / 1000) + "k");
        // the first v2 page makes the server create its cursor signing key, which the last pages need
        api.get(v2(large));
        CursorCodec codec = CursorCodec.withKey(PagingPhase.signingKey(h.config())::clone);

        compare(h, api, reps, "v1 list limit=100", large, little, o -> v1(o) + "100");
        compare(h, api, reps, "v1 list limit=1000", large, little, o -> v1(o) + "1000");
        compare(
                h,
                api,
                reps,
                "v1 list limit=100, document_type filter",
                large,
                little,
                o -> v1(o) + "100&document_type=bench%20seed");
        compare(h, api, reps, "v2 first page (100)", large, little, ListScalePhase::v2);
        compare(
                h,
                api,
                reps,
                "v2 first page (100), document_type filter",
                large,
                little,
                o -> v2(o) + "&document_type=BENCH%20SEED");
        compare(h, api, reps, "v2 last page (100), by cursor", large, little, o -> lastV2Page(api, tenant, codec, o));
        compare(h, api, reps, "business first page (100)", large, little, o -> business(o) + "0");
        compare(
                h,
                api,
                reps,
                "business first page (100), type and status filter",
                large,
                little,
                o -> business(o) + "0&type=other&status=pending");
        compare(h, api, reps, "business last page (100), by offset", large, little, o -> business(o) + (o.n - PAGE));
        compare(
                h,
                api,
                Math.max(5, reps / 2),
                "business middle page (100), by offset",
                large,
                little,
                o -> business(o) + (o.n / 2));
        h.results()
                .note("List pages against the owner's size: every response carries its exact count, read from"
                        + " document_tally (kept by triggers in the writing transaction, migration V16) instead of"
                        + " a COUNT over the owner's index. A business offset page is read from the nearer end"
                        + " (the total is known first), so the last page skips nothing; a middle page still walks"
                        + " the half it skips, since OFFSET has no shortcut in PostgreSQL (see the SQL-alone note of"
                        + " the paging rows) and the business reference pages by limit and offset only.");
    }

    private record Owner(String entityId, int n, String idPrefix, String label) {}

    @FunctionalInterface
    private interface PathOf {
        String of(Owner owner) throws Exception;
    }

    private static void compare(
            Harness h, DossierApi api, int reps, String what, Owner large, Owner little, PathOf path) throws Exception {
        log("lists: " + what);
        double[] smallPage = PagingPhase.sample(api, path.of(little), reps);
        double[] bigPage = PagingPhase.sample(api, path.of(large), reps);
        double ratio = bigPage[0] / smallPage[0];
        h.results()
                .row(
                        "3",
                        String.format(
                                Locale.ROOT,
                                "%s at %s documents vs %s (p50 ms; p95 %s vs %s)",
                                what,
                                large.label,
                                little.label,
                                fmt(bigPage[1]),
                                fmt(smallPage[1])),
                        "ms p50",
                        bigPage[0],
                        smallPage[0],
                        ratio,
                        "≤ 1.5× at 1k",
                        ratio <= 1.5);
    }

    private static String v1(Owner o) {
        return "/api/v1/entities/" + o.entityId + "/documents/?limit=";
    }

    private static String v2(Owner o) {
        return "/api/v2/entities/" + o.entityId + "/documents/?page_size=" + PAGE;
    }

    private static String business(Owner o) {
        return "/v1/businesses/urn:uuid:" + o.entityId + "/documents?limit=" + PAGE + "&offset=";
    }

    /**
     * The last v2 page of the owner, reached with the cursor its previous page would have handed out
     * (whose last item is seeded document {@code PAGE + 1}); checked to start where it should.
     */
    private static String lastV2Page(DossierApi api, DossierApi.Tenant tenant, CursorCodec codec, Owner o)
            throws Exception {
        long g = PAGE + 1;
        KeysetPosition last = new KeysetPosition(SEED_EPOCH.plusMillis(g), UUID.fromString(seededId(o.idPrefix, g)));
        String url = v2(o) + "&after=" + codec.encode(PagingPhase.scope(tenant, o.entityId), Direction.OLDER, last);
        String first = PagingPhase.firstResultId(api.get(url));
        if (!seededId(o.idPrefix, g - 1).equals(first)) {
            throw new IllegalStateException("the last v2 page of " + o.label + " starts at " + first);
        }
        return url;
    }
}
