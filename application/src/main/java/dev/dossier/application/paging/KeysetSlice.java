package dev.dossier.application.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A repository's answer to a {@link KeysetRequest}: at most {@code size} items, newest first, and
 * whether the list holds items beyond them on either side — {@code hasOlder}: items older than the
 * slice's oldest item; {@code hasNewer}: items newer than its newest item. An empty slice has nothing
 * in the direction of travel, and the other side is measured from the request's position, the item at
 * the position included (an empty page after X still leads back to X); a first page (no position)
 * never has newer items.
 */
public record KeysetSlice<T>(List<T> items, boolean hasOlder, boolean hasNewer) {
    public KeysetSlice {
        items = List.copyOf(items);
    }

    public <U> KeysetSlice<U> map(Function<? super T, ? extends U> mapper) {
        return new KeysetSlice<>(items.stream().<U>map(mapper).toList(), hasOlder, hasNewer);
    }
}
