package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;

/** Use case: read one questionnaire response. */
public interface GetResponseUseCase {
    QuestionnaireResponse get(Caller caller, ResponseId responseId);
}
