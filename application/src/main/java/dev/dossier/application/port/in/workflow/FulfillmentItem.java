package dev.dossier.application.port.in.workflow;

import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.workflow.RequiredDocumentId;

/** One link of a batch: a document for a required document. */
public record FulfillmentItem(RequiredDocumentId requiredDocumentId, DocumentId documentId) {}
