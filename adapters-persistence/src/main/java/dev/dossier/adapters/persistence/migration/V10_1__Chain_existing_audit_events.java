package dev.dossier.adapters.persistence.migration;

import dev.dossier.domain.audit.AuditAction;
import dev.dossier.domain.audit.AuditChain;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.audit.ChainedAuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Chains the events written before the chain existed: per tenant, in the order they happened
 * ({@code occurred_at}, then id), with the same hashing as every later append, and records each
 * tenant's chain head, so that verifying an upgraded database finds it valid.
 */
public class V10_1__Chain_existing_audit_events extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        for (UUID tenant : tenants(c)) {
            chain(c, tenant);
        }
    }

    private static List<UUID> tenants(Connection c) throws SQLException {
        List<UUID> tenants = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT tenant_id FROM audit_event");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getObject(1, UUID.class));
            }
        }
        return tenants;
    }

    private static void chain(Connection c, UUID tenant) throws SQLException {
        long sequence = 0;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement read = c.prepareStatement("SELECT id, document_id, entity_id, action, actor_key_id,"
                        + " actor_email, client_address, detail, occurred_at FROM audit_event"
                        + " WHERE tenant_id = ? ORDER BY occurred_at, id");
                PreparedStatement write =
                        c.prepareStatement("UPDATE audit_event SET chain_seq = ?, chain_hash = ? WHERE id = ?")) {
            read.setObject(1, tenant);
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    ChainedAuditEvent chained = ChainedAuditEvent.chain(event(tenant, rs), ++sequence, previous);
                    previous = chained.hash();
                    write.setLong(1, chained.sequence());
                    write.setString(2, chained.hash());
                    write.setObject(3, chained.event().id());
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (PreparedStatement head =
                c.prepareStatement("INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?, ?, ?)")) {
            head.setObject(1, tenant);
            head.setLong(2, sequence);
            head.setString(3, previous);
            head.executeUpdate();
        }
    }

    private static AuditEvent event(UUID tenant, ResultSet rs) throws SQLException {
        UUID document = rs.getObject("document_id", UUID.class);
        UUID entity = rs.getObject("entity_id", UUID.class);
        UUID actor = rs.getObject("actor_key_id", UUID.class);
        return new AuditEvent(
                rs.getObject("id", UUID.class),
                new TenantId(tenant),
                document == null ? null : new DocumentId(document),
                entity == null ? null : new EntityId(entity),
                AuditAction.valueOf(rs.getString("action")),
                actor == null ? null : new ApiKeyId(actor),
                rs.getString("actor_email"),
                rs.getString("client_address"),
                rs.getString("detail"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
