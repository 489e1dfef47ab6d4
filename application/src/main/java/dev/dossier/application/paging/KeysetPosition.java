package dev.dossier.application.paging;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * An item's place in a newest-first list: its creation time and, to break ties, its id. Ids compare
 * as the databases compare uuid values: as unsigned bytes, which is the order of their canonical text.
 */
public record KeysetPosition(Instant createdAt, UUID id) {
    /** Newest first: {@code createdAt} descending, then id descending. */
    public static final Comparator<KeysetPosition> NEWEST_FIRST = Comparator.comparing(KeysetPosition::createdAt)
            .thenComparing(KeysetPosition::id, KeysetPosition::compareUnsigned)
            .reversed();

    public KeysetPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** Whether this position comes before {@code other} in the newest-first list (it is newer). */
    public boolean isNewerThan(KeysetPosition other) {
        return NEWEST_FIRST.compare(this, other) < 0;
    }

    /** Whether this position comes after {@code other} in the newest-first list (it is older). */
    public boolean isOlderThan(KeysetPosition other) {
        return NEWEST_FIRST.compare(this, other) > 0;
    }

    /**
     * The position right after this one in the newest-first list (the next older key): nothing lies
     * between them, so "newer than {@code p.justOlder()}" means "newer than or at {@code p}". Ids are
     * 128-bit unsigned numbers for this; below id 0 comes the previous nanosecond's highest id.
     */
    public KeysetPosition justOlder() {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        if (msb == 0 && lsb == 0) {
            return new KeysetPosition(createdAt.minusNanos(1), new UUID(-1L, -1L));
        }
        return new KeysetPosition(createdAt, new UUID(lsb == 0 ? msb - 1 : msb, lsb - 1));
    }

    /**
     * The position right before this one in the newest-first list (the next newer key): "older than
     * {@code p.justNewer()}" means "older than or at {@code p}".
     */
    public KeysetPosition justNewer() {
        long msb = id.getMostSignificantBits();
        long lsb = id.getLeastSignificantBits();
        if (msb == -1L && lsb == -1L) {
            return new KeysetPosition(createdAt.plusNanos(1), new UUID(0, 0));
        }
        return new KeysetPosition(createdAt, new UUID(lsb == -1L ? msb + 1 : msb, lsb + 1));
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
