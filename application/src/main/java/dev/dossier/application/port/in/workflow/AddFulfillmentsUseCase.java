package dev.dossier.application.port.in.workflow;

import java.util.List;

/**
 * Use case: link documents to required documents of a workflow, all or nothing: any bad item
 * (unknown id, a document that is not COMPLETE or belongs to another subject, a duplicate) or a
 * completed workflow adds nothing, and the error names the failing item.
 */
public interface AddFulfillmentsUseCase {
    List<FulfillmentView> add(AddFulfillmentsCommand command);
}
