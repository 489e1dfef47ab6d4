package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Unit of work on the container's JTA transaction: one use case's work commits together; a runtime
 * exception rolls it back and reaches the caller unchanged. Called inside a transaction, it joins it.
 * Both methods carry the interceptor binding themselves, so neither depends on the other being
 * called through the CDI proxy.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @Override
    @Transactional(TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    @Transactional(TxType.REQUIRED)
    public void inTransaction(Runnable work) {
        work.run();
    }
}
