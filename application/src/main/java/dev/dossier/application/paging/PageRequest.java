package dev.dossier.application.paging;

import dev.dossier.application.error.FieldErrors;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a cursor-paginated list, as the client asked for it: at most one of {@code after} (a
 * {@code next_cursor}: the page of older items) and {@code before} (a {@code prev_cursor}: the page of
 * newer items), neither for the newest page, and the page size. The cursors are still the opaque
 * strings the client sent: {@link CursorPager#keyset} checks them against the list they are used on.
 */
public record PageRequest(Optional<String> after, Optional<String> before, int pageSize) implements Paging {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;
    /** The query parameters, as field errors name them. */
    public static final String AFTER = "after";

    public static final String BEFORE = "before";
    public static final String PAGE_SIZE = "page_size";

    public PageRequest {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
        if (after.isPresent() && before.isPresent()) {
            throw new IllegalArgumentException("after and before exclude each other");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size out of range: " + pageSize);
        }
    }

    /** The newest page. */
    public static PageRequest first(int pageSize) {
        return new PageRequest(Optional.empty(), Optional.empty(), pageSize);
    }

    public static PageRequest after(String cursor, int pageSize) {
        return new PageRequest(Optional.of(cursor), Optional.empty(), pageSize);
    }

    public static PageRequest before(String cursor, int pageSize) {
        return new PageRequest(Optional.empty(), Optional.of(cursor), pageSize);
    }

    /**
     * From the raw query parameters ({@code null} or blank means absent; the page size defaults to
     * {@value #DEFAULT_PAGE_SIZE}, at most {@value #MAX_PAGE_SIZE}). Every problem is reported at once
     * as a 400 field error on its parameter.
     *
     * @throws dev.dossier.application.error.ValidationException for a bad page size or both cursors
     */
    public static PageRequest parse(String after, String before, String pageSize) {
        FieldErrors errors = new FieldErrors();
        Optional<String> a = present(after);
        Optional<String> b = present(before);
        if (a.isPresent() && b.isPresent()) {
            errors.add(AFTER, "Use either after or before, not both.");
            errors.add(BEFORE, "Use either after or before, not both.");
        }
        int size = DEFAULT_PAGE_SIZE;
        Optional<String> rawSize = present(pageSize);
        if (rawSize.isPresent()) {
            String raw = rawSize.get();
            if (!raw.matches("[+-]?[0-9]{1,100}")) {
                errors.add(PAGE_SIZE, "A valid integer is required.");
            } else {
                BigInteger value = new BigInteger(raw);
                if (value.signum() < 1) {
                    errors.add(PAGE_SIZE, "Ensure this value is greater than or equal to 1.");
                } else if (value.compareTo(BigInteger.valueOf(MAX_PAGE_SIZE)) > 0) {
                    errors.add(PAGE_SIZE, "Ensure this value is less than or equal to " + MAX_PAGE_SIZE + ".");
                } else {
                    size = value.intValue();
                }
            }
        }
        errors.throwIfAny();
        return new PageRequest(a, b, size);
    }

    private static Optional<String> present(String raw) {
        return Optional.ofNullable(raw).map(String::strip).filter(s -> !s.isEmpty());
    }
}
