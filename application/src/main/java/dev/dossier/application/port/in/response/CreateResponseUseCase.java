package dev.dossier.application.port.in.response;

import dev.dossier.domain.response.QuestionnaireResponse;

/** Use case: start a questionnaire response for one of the caller's entities. */
public interface CreateResponseUseCase {
    QuestionnaireResponse create(CreateResponseCommand command);
}
