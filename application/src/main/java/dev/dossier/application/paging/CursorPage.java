package dev.dossier.application.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a cursor-paginated list: its items, newest first, and its cursors. */
public record CursorPage<T>(List<T> items, PageCursors cursors) {
    public CursorPage {
        items = List.copyOf(items);
        Objects.requireNonNull(cursors, "cursors");
    }

    public <U> CursorPage<U> map(Function<? super T, ? extends U> mapper) {
        return new CursorPage<>(items.stream().<U>map(mapper).toList(), cursors);
    }
}
