/** Services: workflows, required documents and fulfillments. */
package dev.dossier.application.service.workflow;
