package dev.dossier.application.fakes;

import dev.dossier.application.port.out.UnitOfWork;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Test fake of {@link UnitOfWork}: runs the work directly on the calling thread (concurrent
 * calls are not serialised, so races in a service stay visible) and records how many
 * transactions ran and how they ended.
 */
public final class DirectUnitOfWork implements UnitOfWork {
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger committed = new AtomicInteger();
    private final AtomicInteger rolledBack = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started.incrementAndGet();
        depth.set(depth.get() + 1);
        try {
            T result = work.get();
            committed.incrementAndGet();
            return result;
        } catch (RuntimeException e) {
            rolledBack.incrementAndGet();
            throw e;
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        reads.incrementAndGet();
        return work.get();
    }

    /** How many read-only units of work ran (outside a transaction, or joining one). */
    public int reads() {
        return reads.get();
    }

    public int started() {
        return started.get();
    }

    public int committed() {
        return committed.get();
    }

    public int rolledBack() {
        return rolledBack.get();
    }

    /** Whether the calling thread is inside a transaction right now. */
    public boolean isActive() {
        return depth.get() > 0;
    }
}
