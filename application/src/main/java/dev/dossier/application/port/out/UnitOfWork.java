package dev.dossier.application.port.out;

import java.util.function.Supplier;

/** Port: runs one use case's database work as one transaction; a runtime exception rolls it back. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
