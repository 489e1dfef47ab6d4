package dev.dossier.application.port.in.response;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;

/** Use case: submit a response, marking every attachment submitted. */
public interface SubmitResponseUseCase {
    QuestionnaireResponse submit(Caller caller, ResponseId responseId);
}
