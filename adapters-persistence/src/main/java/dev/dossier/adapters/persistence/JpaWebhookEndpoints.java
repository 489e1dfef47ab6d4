package dev.dossier.adapters.persistence;

import dev.dossier.adapters.persistence.ColumnBindingCustomizer.SetObjectParameter;
import dev.dossier.application.port.out.WebhookEndpointRepository;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.tenant.TenantId;
import dev.dossier.domain.webhook.WebhookEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Persistence adapter: {@code webhook_endpoint}; the secret is stored as the key wrapping made it. */
@ApplicationScoped
public class JpaWebhookEndpoints implements WebhookEndpointRepository {
    static final String COLUMNS =
            "id, tenant_id, url, events, description, status, secret_key_id, secret_wrapped, created_at";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaWebhookEndpoints() {}

    public JpaWebhookEndpoints(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(WebhookEndpoint e) {
        Guard.run(
                "recording a webhook endpoint",
                () -> em.createNativeQuery("INSERT INTO webhook_endpoint (" + COLUMNS
                                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                        .setParameter(1, e.id())
                        .setParameter(2, e.tenantId().value())
                        .setParameter(3, e.url().toString())
                        .setParameter(4, events(e))
                        .setParameter(5, e.description() == null ? "" : e.description())
                        .setParameter(6, e.status().wireName())
                        .setParameter(7, e.wrappedSecret().masterKeyId())
                        .setParameter(
                                8,
                                Base64.getEncoder()
                                        .encodeToString(e.wrappedSecret().ciphertext()))
                        .setParameter(9, new SetObjectParameter(Times.toColumn(e.createdAt())))
                        .executeUpdate());
    }

    @Override
    public Optional<WebhookEndpoint> findById(TenantId tenantId, UUID id) {
        return Guard.call(
                "reading a webhook endpoint",
                () -> em
                        .createNativeQuery(
                                "SELECT " + COLUMNS + " FROM webhook_endpoint WHERE tenant_id = ?1 AND id = ?2")
                        .setParameter(1, tenantId.value())
                        .setParameter(2, id)
                        .getResultList()
                        .stream()
                        .map(r -> endpoint((Object[]) r))
                        .findFirst());
    }

    @Override
    public List<WebhookEndpoint> list(TenantId tenantId) {
        return Guard.call(
                "listing webhook endpoints",
                () -> em
                        .createNativeQuery("SELECT " + COLUMNS
                                + " FROM webhook_endpoint WHERE tenant_id = ?1 ORDER BY created_at, id")
                        .setParameter(1, tenantId.value())
                        .getResultList()
                        .stream()
                        .map(r -> endpoint((Object[]) r))
                        .toList());
    }

    @Override
    public boolean delete(TenantId tenantId, UUID id) {
        return Guard.call(
                "deleting a webhook endpoint",
                () -> em.createNativeQuery("DELETE FROM webhook_endpoint WHERE tenant_id = ?1 AND id = ?2")
                                .setParameter(1, tenantId.value())
                                .setParameter(2, id)
                                .executeUpdate()
                        == 1);
    }

    @Override
    public void disable(UUID id) {
        Guard.run(
                "disabling a webhook endpoint",
                () -> em.createNativeQuery("UPDATE webhook_endpoint SET status = 'disabled' WHERE id = ?1")
                        .setParameter(1, id)
                        .executeUpdate());
    }

    static String events(WebhookEndpoint e) {
        return e.allEvents()
                ? "*"
                : e.events().stream().map(EventType::wireName).sorted().collect(Collectors.joining(","));
    }

    static WebhookEndpoint endpoint(Object[] row) {
        String events = row[3].toString();
        boolean all = events.equals("*");
        String description = row[4] == null || row[4].toString().isEmpty() ? null : row[4].toString();
        return new WebhookEndpoint(
                uuid(row[0]),
                new TenantId(uuid(row[1])),
                URI.create(row[2].toString()),
                all,
                all
                        ? java.util.Set.of()
                        : Arrays.stream(events.split(","))
                                .map(n -> EventType.fromWireName(n).orElseThrow())
                                .collect(Collectors.toSet()),
                description,
                WebhookEndpoint.Status.valueOf(row[5].toString().toUpperCase(Locale.ROOT)),
                new WrappedKey(row[6].toString(), Base64.getDecoder().decode(row[7].toString())),
                JpaLegalHoldRepository.instant(row[8]));
    }

    static UUID uuid(Object raw) {
        return raw instanceof UUID u ? u : UUID.fromString(raw.toString());
    }
}
