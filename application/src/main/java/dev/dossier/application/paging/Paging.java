package dev.dossier.application.paging;

/** How a list query is cut: the newest {@code limit} items (Library v1's {@code limit}), or one cursor page. */
public sealed interface Paging permits Paging.Newest, PageRequest {

    static Paging newest(int limit) {
        return new Newest(limit);
    }

    /** The newest {@code limit} items, without cursors. */
    record Newest(int limit) implements Paging {
        public Newest {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive");
            }
        }
    }
}
