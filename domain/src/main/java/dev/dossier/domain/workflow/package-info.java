/** Workflows of a subject record, the documents they require and the documents that fulfil them. */
package dev.dossier.domain.workflow;
