package dev.dossier.adapters.persistence;

import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Persistence adapter: questionnaire responses and their file questions, on JPA. */
@ApplicationScoped
public class JpaQuestionnaireResponseRepository implements QuestionnaireResponseRepository {
    @PersistenceContext(unitName = "dossier")
    private EntityManager em;

    /** For CDI. */
    public JpaQuestionnaireResponseRepository() {}

    public JpaQuestionnaireResponseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(QuestionnaireResponse response) {
        Guard.run("saving response " + response.id(), () -> {
            em.merge(QuestionnaireResponseMapper.toRow(response));
            em.flush();
        });
    }

    @Override
    public Optional<QuestionnaireResponse> findById(TenantId tenantId, ResponseId id) {
        return Guard.call(
                "reading response " + id,
                () -> em.createQuery(
                                "SELECT r FROM QuestionnaireResponseJpaEntity r WHERE r.tenantId = :tenant AND"
                                        + " r.id = :id",
                                QuestionnaireResponseJpaEntity.class)
                        .setParameter("tenant", tenantId.value())
                        .setParameter("id", id.value())
                        .getResultStream()
                        .findFirst()
                        .map(QuestionnaireResponseMapper::toDomain));
    }
}
