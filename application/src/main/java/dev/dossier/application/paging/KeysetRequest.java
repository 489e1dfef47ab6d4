package dev.dossier.application.paging;

import java.util.Objects;
import java.util.Optional;

/**
 * What a repository port is asked for by a cursor page: the {@code size} items next to a position in
 * one direction of the newest-first list. {@link Direction#OLDER} from no position is the newest page.
 * Ports answer with a {@link KeysetSlice}; positions are compared strictly, so the item at the
 * position itself is never part of the slice.
 */
public record KeysetRequest(Direction direction, Optional<KeysetPosition> from, int size) {

    /** Which way a page goes from its position. */
    public enum Direction {
        /** Towards older items: a first page, or {@code after} a cursor. */
        OLDER,
        /** Towards newer items: {@code before} a cursor. */
        NEWER
    }

    public KeysetRequest {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        if (direction == Direction.NEWER && from.isEmpty()) {
            throw new IllegalArgumentException("a page of newer items needs a position");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /** The {@code size} newest items. */
    public static KeysetRequest first(int size) {
        return new KeysetRequest(Direction.OLDER, Optional.empty(), size);
    }

    /** The {@code size} newest items older than {@code position}. */
    public static KeysetRequest olderThan(KeysetPosition position, int size) {
        return new KeysetRequest(Direction.OLDER, Optional.of(position), size);
    }

    /** The {@code size} oldest items newer than {@code position} (returned newest first). */
    public static KeysetRequest newerThan(KeysetPosition position, int size) {
        return new KeysetRequest(Direction.NEWER, Optional.of(position), size);
    }
}
