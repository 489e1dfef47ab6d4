package dev.dossier.adapters.rest.json;

import dev.dossier.application.paging.CursorPage;
import dev.dossier.application.paging.PageCursors;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.function.Function;

/** A cursor-paginated list: {@code {"has_more", "next_cursor", "prev_cursor", "results"}}. */
@JsonbPropertyOrder({"hasMore", "nextCursor", "prevCursor", "results"})
public record CursorPageJson<T>(boolean hasMore, String nextCursor, String prevCursor, List<T> results) {
    public static <D, T> CursorPageJson<T> from(CursorPage<D> page, Function<? super D, T> toJson) {
        return of(page.cursors(), page.items().stream().<T>map(toJson).toList());
    }

    public static <T> CursorPageJson<T> of(PageCursors c, List<T> results) {
        return new CursorPageJson<>(
                c.hasMore(), c.nextCursor().orElse(null), c.prevCursor().orElse(null), results);
    }
}
