package dev.dossier.application.service.response;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.SubmitResponseUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.tenant.Scope;

/** Use case: submit a response; every attachment it has is marked submitted with it. */
public final class SubmitResponseService implements SubmitResponseUseCase {
    private final QuestionnaireResponseRepository responses;
    private final AttachmentRepository attachments;
    private final TimeSource time;
    private final UnitOfWork tx;

    public SubmitResponseService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            TimeSource time,
            UnitOfWork tx) {
        this.responses = responses;
        this.attachments = attachments;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public QuestionnaireResponse submit(Caller caller, ResponseId responseId) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = responses
                    .findById(caller.tenantId(), responseId)
                    .orElseThrow(() -> new NotFoundException("response"));
            response.submit(time.now());
            responses.save(response);
            attachments.markSubmitted(caller.tenantId(), responseId);
            return response;
        });
    }
}
