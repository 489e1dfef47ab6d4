package dev.dossier.adapters.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The database connections the persistence unit holds from the server's pool (counted by {@link ConnectionUsage}). */
public final class ConnectionCounts {
    private static final AtomicInteger IN_USE = new AtomicInteger();
    private static final AtomicLong ACQUIRED = new AtomicLong();

    private ConnectionCounts() {}

    /** Connections taken from the pool and not yet given back. */
    public static int inUse() {
        return Math.max(0, IN_USE.get());
    }

    /** Connections taken from the pool since start. */
    public static long acquired() {
        return ACQUIRED.get();
    }

    static void taken() {
        IN_USE.incrementAndGet();
        ACQUIRED.incrementAndGet();
    }

    static void givenBack() {
        IN_USE.decrementAndGet();
    }
}
