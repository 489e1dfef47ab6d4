package dev.dossier.application.port.out;

import java.util.function.Supplier;

/** Port: runs one use case's database work as one transaction; a runtime exception rolls it back. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs read-only work without opening a transaction, so the database work is only its statements:
     * each sees what was committed when it started, as it would in a transaction at the database's
     * default isolation. Called inside a transaction, it joins it. Anything that writes, or must see
     * one snapshot across statements, belongs in {@link #inTransaction(Supplier)}.
     */
    default <T> T read(Supplier<T> work) {
        return work.get();
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
