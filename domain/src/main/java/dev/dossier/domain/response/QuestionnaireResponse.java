package dev.dossier.domain.response;

import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate root: an entity's answers to a questionnaire, of which Dossier keeps the file
 * questions. Documents are attached to it as answers; submitting hands all of them in.
 */
public final class QuestionnaireResponse {
    public static final int MAX_FILE_QUESTIONS = 500;

    private final ResponseId id;
    private final TenantId tenantId;
    private final EntityId entityId;
    private final List<FileQuestion> fileQuestions;
    private final Instant createdAt;
    private ResponseStatus status;
    private Instant submittedAt;

    private QuestionnaireResponse(
            ResponseId id,
            TenantId tenantId,
            EntityId entityId,
            List<FileQuestion> fileQuestions,
            ResponseStatus status,
            Instant createdAt,
            Instant submittedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.entityId = Objects.requireNonNull(entityId, "entityId");
        this.fileQuestions = List.copyOf(fileQuestions);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submittedAt = submittedAt;
    }

    /** A new draft; question ids must be unique. */
    public static QuestionnaireResponse start(
            TenantId tenantId, EntityId entityId, List<FileQuestion> fileQuestions, Instant now) {
        if (fileQuestions.size() > MAX_FILE_QUESTIONS) {
            throw new InvalidValueException(
                    "file_questions", "Ensure this list has no more than " + MAX_FILE_QUESTIONS + " items.");
        }
        Set<Integer> seen = new HashSet<>();
        for (FileQuestion q : fileQuestions) {
            if (!seen.add(q.id())) {
                throw new InvalidValueException(
                        "file_questions", "File question ids must be unique; " + q.id() + " appears twice.");
            }
        }
        return new QuestionnaireResponse(
                ResponseId.generate(), tenantId, entityId, fileQuestions, ResponseStatus.DRAFT, now, null);
    }

    /** Rebuilds a response from storage exactly as it was saved. */
    public static QuestionnaireResponse reconstitute(
            ResponseId id,
            TenantId tenantId,
            EntityId entityId,
            List<FileQuestion> fileQuestions,
            ResponseStatus status,
            Instant createdAt,
            Instant submittedAt) {
        return new QuestionnaireResponse(id, tenantId, entityId, fileQuestions, status, createdAt, submittedAt);
    }

    /** The question a file answers; an unknown id is refused on {@code file_question_id}. */
    public FileQuestion question(int questionId) {
        return fileQuestions.stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "file_question_id", "This response has no file question " + questionId + "."));
    }

    /** Hands the response in; submitting again re-submits the answers attached since. */
    public void submit(Instant now) {
        status = ResponseStatus.SUBMITTED;
        submittedAt = now;
    }

    public ResponseId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public EntityId entityId() {
        return entityId;
    }

    public List<FileQuestion> fileQuestions() {
        return fileQuestions;
    }

    public ResponseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }
}
