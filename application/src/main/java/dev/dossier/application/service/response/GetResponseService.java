package dev.dossier.application.service.response;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.GetResponseUseCase;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;

/** Use case: read one questionnaire response. */
public final class GetResponseService implements GetResponseUseCase {
    private final QuestionnaireResponseRepository responses;

    public GetResponseService(QuestionnaireResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public QuestionnaireResponse get(Caller caller, ResponseId responseId) {
        caller.require(Scope.DOCUMENTS);
        return responses.findById(caller.tenantId(), responseId).orElseThrow(() -> new NotFoundException("response"));
    }
}
