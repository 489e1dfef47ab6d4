package dev.dossier.application.port.out;

import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.TenantId;
import java.util.Optional;

/** Port: questionnaire responses with their file questions. */
public interface QuestionnaireResponseRepository {
    /** Inserts a new response or updates a known one's status. */
    void save(QuestionnaireResponse response);

    /** Empty when the response is missing or belongs to another tenant. */
    Optional<QuestionnaireResponse> findById(TenantId tenantId, ResponseId id);
}
