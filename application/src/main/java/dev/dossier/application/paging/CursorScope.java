package dev.dossier.application.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The list a cursor belongs to: a name for the kind of list and every value that selects its items
 * (tenant, owner, filters). A cursor is signed together with its scope and accepted only on a list
 * with an equal one, so a cursor of another tenant, owner or filter is refused.
 */
public record CursorScope(String list, List<String> selectors) {
    public CursorScope {
        Objects.requireNonNull(list, "list");
        selectors = Collections.unmodifiableList(new ArrayList<>(selectors));
        selectors.forEach(s -> Objects.requireNonNull(s, "selector"));
    }

    /**
     * A scope from any values: an empty {@link Optional} or {@code null} (no filter) and a present one
     * are told apart, so "no filter" never equals a filter on some value.
     */
    public static CursorScope of(String list, Object... selectors) {
        List<String> parts = new ArrayList<>(selectors.length);
        for (Object s : selectors) {
            Object value = s instanceof Optional<?> o ? o.orElse(null) : s;
            parts.add(value == null ? "-" : "+" + value);
        }
        return new CursorScope(list, parts);
    }
}
