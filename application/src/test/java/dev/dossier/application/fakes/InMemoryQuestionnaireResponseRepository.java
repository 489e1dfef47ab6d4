package dev.dossier.application.fakes;

import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.TenantId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link QuestionnaireResponseRepository}. */
public final class InMemoryQuestionnaireResponseRepository implements QuestionnaireResponseRepository {
    private final Map<ResponseId, QuestionnaireResponse> rows = new LinkedHashMap<>();

    @Override
    public synchronized void save(QuestionnaireResponse response) {
        rows.put(response.id(), response);
    }

    @Override
    public synchronized Optional<QuestionnaireResponse> findById(TenantId tenantId, ResponseId id) {
        return Optional.ofNullable(rows.get(id)).filter(r -> r.tenantId().equals(tenantId));
    }

    /** Removes the responses of {@code entityId}; their ids. */
    public synchronized java.util.List<ResponseId> removeForEntity(dev.dossier.domain.entity.EntityId entityId) {
        java.util.List<ResponseId> removed = rows.values().stream()
                .filter(r -> r.entityId().equals(entityId))
                .map(QuestionnaireResponse::id)
                .toList();
        removed.forEach(rows::remove);
        return removed;
    }
}
