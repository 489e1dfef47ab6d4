package dev.dossier.application.service.response;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.response.SubmitResponseUseCase;
import dev.dossier.application.port.out.AttachmentRepository;
import dev.dossier.application.port.out.EventOutbox;
import dev.dossier.application.port.out.QuestionnaireResponseRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.event.DomainEvent;
import dev.dossier.domain.event.EventType;
import dev.dossier.domain.response.QuestionnaireResponse;
import dev.dossier.domain.response.ResponseStatus;
import dev.dossier.domain.tenant.Scope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Use case: submit a response; every attachment it has is marked submitted with it, and
 * {@code response.submitted} is published (ids, status and date only) when it was a draft.
 */
public final class SubmitResponseService implements SubmitResponseUseCase {
    private final QuestionnaireResponseRepository responses;
    private final AttachmentRepository attachments;
    private final TimeSource time;
    private final UnitOfWork tx;
    private final EventOutbox outbox;

    public SubmitResponseService(
            QuestionnaireResponseRepository responses,
            AttachmentRepository attachments,
            TimeSource time,
            UnitOfWork tx,
            EventOutbox outbox) {
        this.responses = responses;
        this.attachments = attachments;
        this.time = time;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public QuestionnaireResponse submit(Caller caller, ResponseId responseId) {
        caller.require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            QuestionnaireResponse response = responses
                    .findById(caller.tenantId(), responseId)
                    .orElseThrow(() -> new NotFoundException("response"));
            Instant now = time.now();
            boolean wasDraft = response.status() == ResponseStatus.DRAFT;
            response.submit(now);
            responses.save(response);
            attachments.markSubmitted(caller.tenantId(), responseId);
            if (wasDraft) {
                outbox.publish(submitted(response, now));
            }
            return response;
        });
    }

    private static DomainEvent submitted(QuestionnaireResponse response, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("response_id", response.id().value().toString());
        data.put("entity_id", response.entityId().value().toString());
        data.put("status", response.status().wireName());
        data.put("submitted_at", now.toString());
        return DomainEvent.of(response.tenantId(), EventType.RESPONSE_SUBMITTED, now, data);
    }
}
