package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.DataKeyRepository;
import dev.dossier.domain.crypto.DataKey;
import dev.dossier.domain.crypto.DataKeyId;
import dev.dossier.domain.crypto.WrappedKey;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: wrapped data keys in {@code data_key}. Creation is race-free across
 * instances: {@code INSERT ... ON CONFLICT DO NOTHING} (the owner is unique), then the owner's key
 * is read back, so two first uploads of one owner on two servers end up with the same key.
 */
@ApplicationScoped
public class JpaDataKeyRepository implements DataKeyRepository {
    private static final String LIBRARY = "library";

    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaDataKeyRepository() {}

    public JpaDataKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DataKey> findForOwner(TenantId tenantId, DocumentOwner owner) {
        return Guard.call(
                "reading the data key of an owner",
                () -> em.createQuery(
                                "SELECT k FROM DataKeyJpaEntity k WHERE k.tenantId = :tenant AND k.ownerKey = :owner",
                                DataKeyJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("owner", ownerKey(owner))
                        .getResultStream()
                        .findFirst()
                        .map(JpaDataKeyRepository::toDomain));
    }

    @Override
    public Optional<DataKey> findById(TenantId tenantId, DataKeyId id) {
        return Guard.call(
                "reading data key " + id,
                () -> Optional.ofNullable(em.find(DataKeyJpaEntity.class, id.value()))
                        .filter(row -> row.tenantId().equals(tenantId.value()))
                        .map(JpaDataKeyRepository::toDomain));
    }

    @Override
    public DataKey saveIfAbsent(DataKey key) {
        Objects.requireNonNull(key, "key");
        return Guard.call("saving a data key", () -> {
            em.createNativeQuery("INSERT INTO data_key (id, tenant_id, entity_id, owner_key, master_key_id,"
                            + " wrapped_key, created_at) VALUES (?1, ?2, CAST(?3 AS uuid), ?4, ?5, ?6, ?7)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, key.id().value())
                    .setParameter(2, key.tenantId().value())
                    .setParameter(3, DocumentMapper.entityIdOf(key.owner()))
                    .setParameter(4, ownerKey(key.owner()))
                    .setParameter(5, key.wrapped().masterKeyId())
                    .setParameter(
                            6, Base64.getEncoder().encodeToString(key.wrapped().ciphertext()))
                    .setParameter(7, Times.toColumn(key.createdAt()))
                    .executeUpdate();
            return findForOwner(key.tenantId(), key.owner())
                    .orElseThrow(() -> new IllegalStateException("a data key was neither stored nor found"));
        });
    }

    @Override
    public List<DataKey> wrappedWithOtherThan(String masterKeyId, int limit) {
        return Guard.call(
                "reading data keys to re-wrap",
                () -> em
                        .createQuery(
                                "SELECT k FROM DataKeyJpaEntity k WHERE k.masterKeyId <> :current ORDER BY k.id",
                                DataKeyJpaEntity.class)
                        .setParameter("current", masterKeyId)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(JpaDataKeyRepository::toDomain)
                        .toList());
    }

    @Override
    public List<DataKey> oneKeyPerMasterKey() {
        return Guard.call("reading one data key per master key", () -> {
            List<?> ids = em.createNativeQuery(
                            "SELECT MIN(CAST(id AS varchar(36))) FROM data_key GROUP BY master_key_id")
                    .getResultList();
            return ids.stream()
                    .map(id -> em.find(DataKeyJpaEntity.class, UUID.fromString(id.toString())))
                    .filter(Objects::nonNull)
                    .map(JpaDataKeyRepository::toDomain)
                    .toList();
        });
    }

    @Override
    public boolean rewrap(DataKey key, WrappedKey expected) {
        return Guard.call(
                "re-wrapping data key " + key.id(),
                () -> em.createQuery("UPDATE DataKeyJpaEntity k SET k.masterKeyId = :masterKey, k.wrappedKey = :wrapped"
                                        + " WHERE k.id = :id AND k.wrappedKey = :expected")
                                .setParameter("masterKey", key.wrapped().masterKeyId())
                                .setParameter(
                                        "wrapped",
                                        Base64.getEncoder()
                                                .encodeToString(key.wrapped().ciphertext()))
                                .setParameter("id", key.id().value())
                                .setParameter("expected", Base64.getEncoder().encodeToString(expected.ciphertext()))
                                .executeUpdate()
                        == 1);
    }

    private static String ownerKey(DocumentOwner owner) {
        UUID entity = DocumentMapper.entityIdOf(owner);
        return entity == null ? LIBRARY : entity.toString();
    }

    private static DataKey toDomain(DataKeyJpaEntity row) {
        DocumentOwner owner =
                row.entityId() == null ? DocumentOwner.library() : DocumentOwner.entity(new EntityId(row.entityId()));
        return DataKey.reconstitute(
                new DataKeyId(row.id()),
                new TenantId(row.tenantId()),
                owner,
                new WrappedKey(row.masterKeyId(), Base64.getDecoder().decode(row.wrappedKey())),
                Times.fromColumn(row.createdAt()));
    }
}
