package dev.dossier.application.paging;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.paging.KeysetRequest.Direction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a list service does with a {@link PageRequest}: verify its cursor against the list
 * ({@link #keyset}), and turn its repository's {@link KeysetSlice} into the client's {@link CursorPage}
 * with fresh cursors ({@link #page}). A service of any list needs only these two calls:
 *
 * <pre>{@code
 * CursorScope scope = CursorScope.of("audit-events", tenantId, documentFilter);   // what selects the items
 * KeysetRequest keyset = pager.keyset(query.page(), scope);                        // 400 on a bad cursor
 * KeysetSlice<AuditEvent> slice = tx.inTransaction(() -> events.page(filter, keyset));
 * CursorPage<AuditEvent> page = pager.page(keyset, slice, scope, e -> new KeysetPosition(e.at(), e.id().value()));
 * }</pre>
 */
public final class CursorPager {
    public static final String INVALID_CURSOR = "Invalid cursor.";

    private final CursorCodec codec;

    public CursorPager(CursorCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * The keyset request {@code page} stands for on {@code scope}'s list.
     *
     * @throws ValidationException on {@code after} or {@code before} when its cursor is not one this list
     *     issued for that parameter ({@code {"after": ["Invalid cursor."]}})
     */
    public KeysetRequest keyset(PageRequest page, CursorScope scope) {
        if (page.after().isPresent()) {
            return KeysetRequest.olderThan(
                    position(scope, Direction.OLDER, page.after().get(), PageRequest.AFTER), page.pageSize());
        }
        if (page.before().isPresent()) {
            return KeysetRequest.newerThan(
                    position(scope, Direction.NEWER, page.before().get(), PageRequest.BEFORE), page.pageSize());
        }
        return KeysetRequest.first(page.pageSize());
    }

    /** The page the client gets for {@code slice}, the answer to {@code request} on {@code scope}'s list. */
    public <T> CursorPage<T> page(
            KeysetRequest request,
            KeysetSlice<T> slice,
            CursorScope scope,
            Function<? super T, KeysetPosition> positionOf) {
        List<T> items = slice.items();
        // an empty page's edges are its position, which the cursors back include: after X leads back to X
        Optional<KeysetPosition> newest = items.isEmpty()
                ? request.from().map(KeysetPosition::justOlder)
                : Optional.of(positionOf.apply(items.get(0)));
        Optional<KeysetPosition> oldest = items.isEmpty()
                ? request.from().map(KeysetPosition::justNewer)
                : Optional.of(positionOf.apply(items.get(items.size() - 1)));
        boolean hasMore = request.direction() == Direction.OLDER ? slice.hasOlder() : slice.hasNewer();
        Optional<String> next =
                slice.hasOlder() ? oldest.map(p -> codec.encode(scope, Direction.OLDER, p)) : Optional.empty();
        Optional<String> prev =
                slice.hasNewer() ? newest.map(p -> codec.encode(scope, Direction.NEWER, p)) : Optional.empty();
        return new CursorPage<>(items, new PageCursors(hasMore, next, prev));
    }

    /** {@link #keyset} then {@link #page} around one fetch, for a service with nothing to do in between. */
    public <T> CursorPage<T> list(
            PageRequest page,
            CursorScope scope,
            Function<KeysetRequest, KeysetSlice<T>> fetch,
            Function<? super T, KeysetPosition> positionOf) {
        KeysetRequest request = keyset(page, scope);
        return page(request, fetch.apply(request), scope, positionOf);
    }

    private KeysetPosition position(CursorScope scope, Direction direction, String cursor, String parameter) {
        return codec.decode(scope, direction, cursor)
                .orElseThrow(() -> ValidationException.of(parameter, INVALID_CURSOR));
    }
}
