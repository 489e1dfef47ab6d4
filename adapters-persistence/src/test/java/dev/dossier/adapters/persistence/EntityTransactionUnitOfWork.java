package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.util.function.Supplier;

/** The tests' unit of work: a resource-local transaction of one entity manager; joins one already running. */
final class EntityTransactionUnitOfWork implements UnitOfWork {
    private final EntityManager em;

    EntityTransactionUnitOfWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        if (tx.isActive()) {
            return work.get();
        }
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        }
    }
}
