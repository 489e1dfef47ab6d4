package dev.dossier.adapters.persistence;

import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.response.FileQuestion;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.response.ResponseStatus;
import dev.dossier.domain.tenant.TenantId;

/** Maps a questionnaire response to its rows and back. */
final class QuestionnaireResponseMapper {
    private QuestionnaireResponseMapper() {}

    static QuestionnaireResponseJpaEntity toRow(QuestionnaireResponse r) {
        return new QuestionnaireResponseJpaEntity(
                r.id().value(),
                r.tenantId().value(),
                r.entityId().value(),
                r.status().name(),
                Times.toColumn(r.createdAt()),
                r.submittedAt().map(Times::toColumn).orElse(null),
                r.fileQuestions().stream()
                        .map(q -> new FileQuestionRow(q.id(), q.documentType()))
                        .toList());
    }

    static QuestionnaireResponse toDomain(QuestionnaireResponseJpaEntity row) {
        return QuestionnaireResponse.reconstitute(
                new ResponseId(row.id()),
                new TenantId(row.tenantId()),
                new EntityId(row.entityId()),
                row.fileQuestions().stream()
                        .map(q -> new FileQuestion(q.questionId(), q.documentType()))
                        .toList(),
                ResponseStatus.valueOf(row.status()),
                Times.fromColumn(row.createdAt()),
                row.submittedAt() == null ? null : Times.fromColumn(row.submittedAt()));
    }
}
