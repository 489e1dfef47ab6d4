package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The keyset contract of the repository ports, in memory: what a fake's {@code page} method returns
 * for any items (a reference implementation the JPA adapters' contract tests also describe).
 */
public final class InMemoryKeyset {
    private InMemoryKeyset() {}

    public static <T> KeysetSlice<T> slice(
            Collection<T> items, Function<? super T, KeysetPosition> positionOf, KeysetRequest request) {
        Comparator<T> newestFirst = Comparator.comparing(positionOf, KeysetPosition.NEWEST_FIRST);
        List<T> sorted = items.stream().sorted(newestFirst).toList();
        if (request.direction() == KeysetRequest.Direction.OLDER) {
            List<T> older = request.from()
                    .map(p -> sorted.stream()
                            .filter(t -> positionOf.apply(t).isOlderThan(p))
                            .toList())
                    .orElse(sorted);
            List<T> page = older.stream().limit(request.size()).toList();
            boolean hasNewer = request.from().isPresent()
                    && boundaryHasNewer(
                            sorted,
                            positionOf,
                            page.isEmpty() ? request.from().get().justOlder() : positionOf.apply(page.get(0)));
            return new KeysetSlice<>(page, older.size() > page.size(), hasNewer);
        }
        KeysetPosition from = request.from().orElseThrow();
        List<T> newer = new ArrayList<>(sorted.stream()
                .filter(t -> positionOf.apply(t).isNewerThan(from))
                .toList());
        Collections.reverse(newer); // oldest first: the page is the newer items closest to the position
        List<T> page = new ArrayList<>(newer.stream().limit(request.size()).toList());
        Collections.reverse(page);
        KeysetPosition oldestBoundary = page.isEmpty() ? from.justNewer() : positionOf.apply(page.get(page.size() - 1));
        boolean hasOlder = sorted.stream().anyMatch(t -> positionOf.apply(t).isOlderThan(oldestBoundary));
        return new KeysetSlice<>(page, hasOlder, newer.size() > page.size());
    }

    private static <T> boolean boundaryHasNewer(
            List<T> sorted, Function<? super T, KeysetPosition> positionOf, KeysetPosition boundary) {
        return sorted.stream().anyMatch(t -> positionOf.apply(t).isNewerThan(boundary));
    }
}
