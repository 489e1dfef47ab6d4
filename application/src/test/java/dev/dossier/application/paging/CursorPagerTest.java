package dev.dossier.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.fakes.InMemoryKeyset;
import dev.dossier.application.fakes.Pagers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cursor semantics of the package documentation, on an in-memory list that changes between pages. */
class CursorPagerTest {
    private static final Instant T0 = Instant.parse("2026-01-30T14:23:45Z");
    private static final CursorScope SCOPE = CursorScope.of("items", "tenant-a");

    private final CursorPager pager = Pagers.fixedKey();
    private final List<KeysetPosition> items = new ArrayList<>();

    private KeysetPosition add(Instant at) {
        KeysetPosition p = new KeysetPosition(at, UUID.randomUUID());
        items.add(p);
        return p;
    }

    /** Items 0..n-1, item i created i seconds after T0: the newest is n-1. */
    private List<KeysetPosition> seed(int n) {
        return IntStream.range(0, n).mapToObj(i -> add(T0.plusSeconds(i))).toList();
    }

    private CursorPage<KeysetPosition> fetch(PageRequest request) {
        return fetch(request, SCOPE);
    }

    private CursorPage<KeysetPosition> fetch(PageRequest request, CursorScope scope) {
        return pager.list(
                request,
                scope,
                k -> InMemoryKeyset.slice(List.copyOf(items), Function.identity(), k),
                Function.identity());
    }

    private static List<KeysetPosition> newestFirst(List<KeysetPosition> seeded, int from, int to) {
        List<KeysetPosition> out = new ArrayList<>();
        for (int i = from; i >= to; i--) {
            out.add(seeded.get(i));
        }
        return out;
    }

    @Test
    void givenEmptyList_whenFirstPage_thenNoItemsNoMoreNoCursors() {
        CursorPage<KeysetPosition> page = fetch(PageRequest.first(10));
        assertThat(page.items()).isEmpty();
        assertThat(page.cursors()).isEqualTo(PageCursors.NONE);
    }

    @Test
    void givenSevenItems_whenWalkedForwardAndBackInPagesOfThree_thenEveryCursorFollowsTheSemantics() {
        List<KeysetPosition> s = seed(7);

        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(3));
        assertThat(p1.items()).isEqualTo(newestFirst(s, 6, 4));
        assertThat(p1.cursors().hasMore()).isTrue();
        assertThat(p1.cursors().prevCursor())
                .as("nothing is newer than the first page")
                .isEmpty();

        CursorPage<KeysetPosition> p2 =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 3));
        assertThat(p2.items()).isEqualTo(newestFirst(s, 3, 1));
        assertThat(p2.cursors().hasMore()).isTrue();
        assertThat(p2.cursors().prevCursor()).isPresent();

        CursorPage<KeysetPosition> p3 =
                fetch(PageRequest.after(p2.cursors().nextCursor().orElseThrow(), 3));
        assertThat(p3.items()).isEqualTo(List.of(s.get(0)));
        assertThat(p3.cursors().hasMore()).isFalse();
        assertThat(p3.cursors().nextCursor())
                .as("nothing is older than the last page")
                .isEmpty();

        CursorPage<KeysetPosition> back2 =
                fetch(PageRequest.before(p3.cursors().prevCursor().orElseThrow(), 3));
        assertThat(back2.items()).isEqualTo(p2.items());
        assertThat(back2.cursors().hasMore())
                .as("newer items remain going back")
                .isTrue();
        assertThat(back2.cursors().nextCursor()).isPresent();

        CursorPage<KeysetPosition> back1 =
                fetch(PageRequest.before(back2.cursors().prevCursor().orElseThrow(), 3));
        assertThat(back1.items()).isEqualTo(p1.items());
        assertThat(back1.cursors().hasMore()).isFalse();
        assertThat(back1.cursors().prevCursor()).isEmpty();
        assertThat(back1.cursors().nextCursor()).isPresent();
    }

    @Test
    void givenBeforeCursorNearTheTop_whenFetched_thenThePageIsTheNewerItemsClosestToIt_newestFirst() {
        List<KeysetPosition> s = seed(10);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(8));
        CursorPage<KeysetPosition> p2 =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 8));
        assertThat(p2.items()).isEqualTo(newestFirst(s, 1, 0));

        CursorPage<KeysetPosition> back =
                fetch(PageRequest.before(p2.cursors().prevCursor().orElseThrow(), 3));
        assertThat(back.items()).isEqualTo(newestFirst(s, 4, 2));
        assertThat(back.cursors().hasMore()).isTrue();
    }

    @Test
    void givenItemCountAMultipleOfThePageSize_whenLastPageFetched_thenNoMoreAndNoNextCursor() {
        seed(6);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(3));
        CursorPage<KeysetPosition> p2 =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 3));
        assertThat(p2.items()).hasSize(3);
        assertThat(p2.cursors().hasMore()).isFalse();
        assertThat(p2.cursors().nextCursor()).isEmpty();
        assertThat(p2.cursors().prevCursor()).isPresent();
    }

    @Test
    void givenLastItemDeleted_whenAfterItsCursor_thenEmptyPageWithAWayBack() {
        List<KeysetPosition> s = seed(4);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(2));
        items.remove(s.get(1));
        items.remove(s.get(0));

        CursorPage<KeysetPosition> empty =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 2));
        assertThat(empty.items()).isEmpty();
        assertThat(empty.cursors().hasMore()).isFalse();
        assertThat(empty.cursors().nextCursor()).isEmpty();
        CursorPage<KeysetPosition> back =
                fetch(PageRequest.before(empty.cursors().prevCursor().orElseThrow(), 2));
        assertThat(back.items())
                .as("back to the cursor's own item and the ones before it")
                .isEqualTo(newestFirst(s, 3, 2));
    }

    @Test
    void givenEverythingNewerDeleted_whenBeforeACursor_thenEmptyPageWhoseNextCursorLeadsBackToItsItem() {
        List<KeysetPosition> s = seed(5);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(2));
        CursorPage<KeysetPosition> p2 =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 2));
        items.remove(s.get(4));
        items.remove(s.get(3));

        CursorPage<KeysetPosition> empty =
                fetch(PageRequest.before(p2.cursors().prevCursor().orElseThrow(), 2));
        assertThat(empty.items()).isEmpty();
        assertThat(empty.cursors().hasMore()).isFalse();
        assertThat(empty.cursors().prevCursor()).isEmpty();
        CursorPage<KeysetPosition> forward =
                fetch(PageRequest.after(empty.cursors().nextCursor().orElseThrow(), 2));
        assertThat(forward.items()).isEqualTo(newestFirst(s, 2, 1));
    }

    @Test
    void givenOnlyTheCursorsItemLeft_whenAfterIt_thenEmptyButItIsReachableBack() {
        List<KeysetPosition> s = seed(2);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(1));
        items.remove(s.get(0));

        CursorPage<KeysetPosition> empty =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 1));
        assertThat(empty.items()).isEmpty();
        assertThat(empty.cursors().prevCursor())
                .as("the item at the cursor is newer than the empty page")
                .isPresent();
        assertThat(fetch(PageRequest.before(empty.cursors().prevCursor().get(), 1))
                        .items())
                .containsExactly(s.get(1));
    }

    @Test
    void givenAPageWhoseItemsWereAllDeleted_whenItsCursorsAreUsed_thenTheNeighboursStillFollow() {
        List<KeysetPosition> s = seed(9);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(3));
        CursorPage<KeysetPosition> p2 =
                fetch(PageRequest.after(p1.cursors().nextCursor().orElseThrow(), 3));
        p2.items().forEach(items::remove);

        assertThat(fetch(PageRequest.after(p2.cursors().nextCursor().orElseThrow(), 3))
                        .items())
                .isEqualTo(newestFirst(s, 2, 0));
        assertThat(fetch(PageRequest.before(p2.cursors().prevCursor().orElseThrow(), 3))
                        .items())
                .isEqualTo(newestFirst(s, 8, 6));
    }

    @Test
    void givenItemsSharingOneInstant_whenWalked_thenTiesAreCutByIdWithoutGapsOrRepeats() {
        IntStream.range(0, 23).forEach(i -> add(T0));
        List<KeysetPosition> seen = walkForward(4, () -> {});
        assertThat(seen)
                .containsExactlyElementsOf(
                        items.stream().sorted(KeysetPosition.NEWEST_FIRST).toList());
    }

    @Test
    void givenInsertsAndDeletesBetweenPages_whenWalkedForwardThenBack_thenNoGapsAndNoRepeats() {
        Random random = new Random(42);
        seed(200);
        // a few items share instants with others, so pages are cut inside ties too
        IntStream.range(0, 40).forEach(i -> add(T0.plusSeconds(random.nextInt(200))));
        Set<KeysetPosition> initial = new HashSet<>(items);
        Set<KeysetPosition> deleted = new HashSet<>();
        int[] clock = {1_000};
        Runnable churn = () -> {
            add(T0.plusSeconds(clock[0]++));
            add(T0.plusSeconds(clock[0]++));
            KeysetPosition victim = items.get(random.nextInt(items.size()));
            items.remove(victim);
            deleted.add(victim);
        };

        List<KeysetPosition> forward = walkForward(17, churn);
        assertNoGapsNoRepeats(forward, initial, deleted);

        List<KeysetPosition> backward = walkBackward(17, churn);
        assertNoGapsNoRepeats(backward, initial, deleted);
    }

    /** Every item present for the whole walk is seen exactly once, in order; a deleted one never after. */
    private static void assertNoGapsNoRepeats(
            List<KeysetPosition> seen, Set<KeysetPosition> initial, Set<KeysetPosition> deleted) {
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(KeysetPosition.NEWEST_FIRST);
        Set<KeysetPosition> survivors = new HashSet<>(initial);
        survivors.removeAll(deleted);
        assertThat(seen).containsAll(survivors);
    }

    private List<KeysetPosition> walkForward(int pageSize, Runnable between) {
        List<KeysetPosition> seen = new ArrayList<>();
        CursorPage<KeysetPosition> page = fetch(PageRequest.first(pageSize));
        seen.addAll(page.items());
        while (page.cursors().hasMore()) {
            assertThat(page.cursors().nextCursor()).isPresent();
            between.run();
            page = fetch(PageRequest.after(page.cursors().nextCursor().orElseThrow(), pageSize));
            seen.addAll(page.items());
        }
        assertThat(page.cursors().nextCursor()).isEmpty();
        return seen;
    }

    /** From the oldest page up to the newest, returned newest first. */
    private List<KeysetPosition> walkBackward(int pageSize, Runnable between) {
        CursorPage<KeysetPosition> page = fetch(PageRequest.first(pageSize));
        while (page.cursors().nextCursor().isPresent()) {
            page = fetch(PageRequest.after(page.cursors().nextCursor().get(), pageSize));
        }
        List<List<KeysetPosition>> pages = new ArrayList<>();
        pages.add(page.items());
        while (page.cursors().prevCursor().isPresent()) {
            between.run();
            page = fetch(PageRequest.before(page.cursors().prevCursor().get(), pageSize));
            assertThat(page.items()).isNotEmpty();
            pages.add(0, page.items());
        }
        assertThat(page.cursors().hasMore()).isFalse();
        return pages.stream().flatMap(List::stream).toList();
    }

    @Test
    void givenCursorOfAnotherList_whenUsed_then400OnItsParameter() {
        seed(5);
        CursorPage<KeysetPosition> p1 = fetch(PageRequest.first(2));
        String next = p1.cursors().nextCursor().orElseThrow();
        CursorScope otherTenant = CursorScope.of("items", "tenant-b");

        assertThatThrownBy(() -> fetch(PageRequest.after(next, 2), otherTenant))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("after", List.of("Invalid cursor."))));
        assertThatThrownBy(() -> fetch(PageRequest.before(next, 2)))
                .as("a next cursor is no previous cursor")
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("before", List.of("Invalid cursor."))));
        assertThatThrownBy(() -> fetch(PageRequest.after("not-a-cursor", 2)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("after", List.of("Invalid cursor."))));
    }

    @Test
    void givenBadCursor_whenListed_thenNothingIsFetched() {
        int[] fetched = {0};
        assertThatThrownBy(() -> pager.list(
                        PageRequest.after("x", 5),
                        SCOPE,
                        k -> {
                            fetched[0]++;
                            return new KeysetSlice<KeysetPosition>(List.of(), false, false);
                        },
                        Function.identity()))
                .isInstanceOf(ValidationException.class);
        assertThat(fetched[0]).isZero();
    }

    @Test
    void givenPageSize_whenKeysetBuilt_thenTheRepositoryIsAskedForThatMany() {
        assertThat(pager.keyset(PageRequest.first(7), SCOPE)).isEqualTo(KeysetRequest.first(7));
        KeysetPosition p = new KeysetPosition(T0, UUID.randomUUID());
        String next = pager.page(
                        KeysetRequest.first(1), new KeysetSlice<>(List.of(p), true, false), SCOPE, Function.identity())
                .cursors()
                .nextCursor()
                .orElseThrow();
        assertThat(pager.keyset(PageRequest.after(next, 9), SCOPE)).isEqualTo(KeysetRequest.olderThan(p, 9));
        assertThat(pager.keyset(PageRequest.first(3), SCOPE).from()).isEqualTo(Optional.empty());
    }
}
