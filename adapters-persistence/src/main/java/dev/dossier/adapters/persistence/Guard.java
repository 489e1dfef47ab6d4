package dev.dossier.adapters.persistence;

import java.util.function.Supplier;

/** Runs a repository operation and turns any JPA or driver failure into a {@link PersistenceFailureException}. */
final class Guard {
    private Guard() {}

    static <T> T call(String operation, Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PersistenceFailureException(operation + " failed", e);
        }
    }

    static void run(String operation, Runnable work) {
        call(operation, () -> {
            work.run();
            return null;
        });
    }
}
