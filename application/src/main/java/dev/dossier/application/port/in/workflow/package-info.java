/** Incoming ports: workflows, their required documents and the fulfillments that link documents to them. */
package dev.dossier.application.port.in.workflow;
