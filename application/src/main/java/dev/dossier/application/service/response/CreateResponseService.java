package dev.dossier.application.service.response;

import dev.dossier.application.error.FieldErrors;
import dev.dossier.application.port.in.response.CreateResponseCommand;
import dev.dossier.application.port.in.response.CreateResponseUseCase;
import dev.dossier.application.port.in.response.FileQuestionInput;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.response.FileQuestion;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;
import java.util.ArrayList;
import java.util.List;

/** Use case: start a questionnaire response for one of the caller's entities. */
public final class CreateResponseService implements CreateResponseUseCase {
    private final EntityRepository entities;
    private final QuestionnaireResponseRepository responses;
    private final TimeSource time;
    private final UnitOfWork tx;

    public CreateResponseService(
            EntityRepository entities, QuestionnaireResponseRepository responses, TimeSource time, UnitOfWork tx) {
        this.entities = entities;
        this.responses = responses;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public QuestionnaireResponse create(CreateResponseCommand c) {
        c.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            FieldErrors errors = new FieldErrors();
            EntityId entityId = entity(c, errors);
            List<FileQuestion> questions = new ArrayList<>();
            if (c.fileQuestions() != null) {
                for (FileQuestionInput q : c.fileQuestions()) {
                    if (q == null || q.id() == null) {
                        errors.add("file_questions", "Each file question needs an integer id.");
                        continue;
                    }
                    FileQuestion question = errors.capture(() -> new FileQuestion(q.id(), q.documentType()));
                    if (question != null) {
                        questions.add(question);
                    }
                }
            }
            QuestionnaireResponse response = errors.isEmpty()
                    ? errors.capture(
                            () -> QuestionnaireResponse.start(c.caller().tenantId(), entityId, questions, time.now()))
                    : null;
            errors.throwIfAny();
            responses.save(response);
            return response;
        });
    }

    private EntityId entity(CreateResponseCommand c, FieldErrors errors) {
        if (c.entityId() == null || c.entityId().isBlank()) {
            errors.add("entity_id", "This field is required.");
            return null;
        }
        try {
            EntityId id = EntityId.parse(c.entityId());
            if (entities.findById(c.caller().tenantId(), id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, exactly like an unknown or another tenant's entity
        }
        errors.add("entity_id", "Entity not found.");
        return null;
    }
}
