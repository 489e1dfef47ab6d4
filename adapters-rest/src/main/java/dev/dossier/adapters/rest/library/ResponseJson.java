package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.response.QuestionnaireResponse;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A questionnaire response (v1 and v2). */
@JsonbPropertyOrder({"id", "entityId", "status", "fileQuestions", "createdAt"})
public record ResponseJson(
        String id, String entityId, String status, List<FileQuestionJson> fileQuestions, String createdAt) {

    /** One file question. */
    @JsonbPropertyOrder({"id", "documentType"})
    public record FileQuestionJson(int id, String documentType) {}

    public static ResponseJson from(QuestionnaireResponse r) {
        return new ResponseJson(
                r.id().toString(),
                r.entityId().toString(),
                r.status().wireName(),
                r.fileQuestions().stream()
                        .map(q -> new FileQuestionJson(q.id(), q.documentType()))
                        .toList(),
                Timestamps.utc(r.createdAt()));
    }
}
