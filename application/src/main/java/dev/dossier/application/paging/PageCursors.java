package dev.dossier.application.paging;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a page sits in its newest-first list (the semantics are those of the package documentation):
 * {@code hasMore} — more items lie beyond the page in the direction of travel; {@code nextCursor} —
 * present iff older items exist, to pass as {@code after}; {@code prevCursor} — present iff newer
 * items exist, to pass as {@code before}.
 */
public record PageCursors(boolean hasMore, Optional<String> nextCursor, Optional<String> prevCursor) {
    /** A page that is the whole list, or one not cut by cursors (Library v1's {@code limit}). */
    public static final PageCursors NONE = new PageCursors(false, Optional.empty(), Optional.empty());

    public PageCursors {
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(prevCursor, "prevCursor");
    }
}
