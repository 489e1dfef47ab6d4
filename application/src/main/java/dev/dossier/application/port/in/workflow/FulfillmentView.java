package dev.dossier.application.port.in.workflow;

import dev.dossier.domain.workflow.DecisionStatus;
import dev.dossier.domain.workflow.Fulfillment;
import java.time.Instant;

/**
 * A fulfillment with the decision read from its document's review; {@code updatedAt} is when that decision was made.
 */
public record FulfillmentView(Fulfillment fulfillment, DecisionStatus decisionStatus, Instant updatedAt) {}
