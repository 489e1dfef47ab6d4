package dev.dossier.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.port.in.audit.AuditTrailVerification;
import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on PostgreSQL: concurrent appends of two server instances keep one valid chain
 * per tenant; rows changed, removed or reordered behind Dossier's back (with the triggers lifted by
 * the table's owner) are named by the chain; and without lifting them, no role can change rows.
 */
class PostgresAuditTrailIT extends AbstractAuditEventRepositoryTest {
    private static final int EVENTS = 1000;
    private static final int THREADS = 16;

    @Override
    protected TestDatabase database() {
        return TestDatabase.postgres();
    }

    @Test
    void givenTwoInstancesAppendingAtOnce_whenAThousandEventsLand_thenTheChainIsValidAndGapless() throws Exception {
        Tenant tenant = givenTenant();
        List<EntityManagerFactory> servers =
                List.of(database().entityManagerFactory("server-1"), database().entityManagerFactory("server-2"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                EntityManagerFactory server = servers.get(t % servers.size());
                int share = EVENTS / THREADS + (t < EVENTS % THREADS ? 1 : 0);
                done.add(pool.submit(() -> {
                    go.await();
                    EntityManager own = server.createEntityManager();
                    try {
                        for (int i = 0; i < share; i++) {
                            own.getTransaction().begin();
                            new JpaAuditEventRepository(own).append(readOf(tenant, i));
                            own.getTransaction().commit();
                            own.clear();
                        }
                    } finally {
                        own.close();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ChainedAuditEvent> chain =
                inTx(() -> new JpaAuditEventRepository(em).chainAfter(tenant.id(), 0, EVENTS + 1));
        assertThat(chain).hasSize(EVENTS);
        assertThat(chain.get(EVENTS - 1).sequence()).isEqualTo(EVENTS);
        assertThat(verify(tenant.id())).isEqualTo(AuditTrailVerification.intact(EVENTS));
    }

    private List<AuditEvent> givenChain(Tenant tenant, int n) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AuditEvent e = AuditEvent.record(
                    tenant.id(), DocumentId.generate(), AuditAction.UPLOADED, null, "a@example.com", null, T0);
            events.add(e);
            inTx(() -> new JpaAuditEventRepository(em).append(e));
        }
        return events;
    }

    /** Runs SQL as the table's owner with the append-only triggers lifted, as an intruder could. */
    private void behindDossiersBack(String... sql) throws SQLException {
        try (Connection c = database().dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            for (String statement : sql) {
                s.execute(statement);
            }
            s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
            c.commit();
        }
    }

    @Test
    void givenRowChanged_whenVerified_thenItIsTheFirstInvalid() throws SQLException {
        Tenant tenant = givenTenant();
        List<AuditEvent> events = givenChain(tenant, 5);

        behindDossiersBack("UPDATE audit_event SET actor_email = 'someone@example.com' WHERE id = '"
                + events.get(2).id() + "'");

        assertThat(firstInvalid(tenant.id())).contains(events.get(2).id());
    }

    @Test
    void givenRowDeleted_whenVerified_thenTheOneAfterItIsTheFirstInvalid() throws SQLException {
        Tenant tenant = givenTenant();
        List<AuditEvent> events = givenChain(tenant, 5);

        behindDossiersBack(
                "DELETE FROM audit_event WHERE id = '" + events.get(1).id() + "'");

        assertThat(firstInvalid(tenant.id())).contains(events.get(2).id());
    }

    @Test
    void givenNewestRowDeleted_whenVerified_thenInvalidThoughEveryRowLeftFollows() throws SQLException {
        Tenant tenant = givenTenant();
        List<AuditEvent> events = givenChain(tenant, 5);

        behindDossiersBack(
                "DELETE FROM audit_event WHERE id = '" + events.get(4).id() + "'");

        assertThat(verify(tenant.id())).isEqualTo(AuditTrailVerification.newestMissing(4));
    }

    @Test
    void givenRowsReordered_whenVerified_thenTheFirstMovedIsInvalid() throws SQLException {
        Tenant tenant = givenTenant();
        List<AuditEvent> events = givenChain(tenant, 5);
        UUID second = events.get(1).id();
        UUID third = events.get(2).id();

        behindDossiersBack(
                "UPDATE audit_event SET chain_seq = -1 WHERE id = '" + second + "'",
                "UPDATE audit_event SET chain_seq = 2 WHERE id = '" + third + "'",
                "UPDATE audit_event SET chain_seq = 3 WHERE id = '" + second + "'");

        assertThat(firstInvalid(tenant.id())).contains(third);
    }

    @Test
    void givenTheApplicationsRole_whenItUpdatesDeletesOrTruncates_thenTheDatabaseRefuses() throws SQLException {
        Tenant tenant = givenTenant();
        AuditEvent event = givenChain(tenant, 1).get(0);
        for (String sql : List.of(
                "UPDATE audit_event SET actor_email = NULL WHERE id = '" + event.id() + "'",
                "DELETE FROM audit_event WHERE id = '" + event.id() + "'",
                "TRUNCATE audit_event")) {
            try (Connection c = database().dataSource().getConnection();
                    Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("audit events are append-only")
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(firstInvalid(tenant.id())).isEmpty();
    }
}
