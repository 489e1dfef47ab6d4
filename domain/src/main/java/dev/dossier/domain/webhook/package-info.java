/**
 * Webhooks: a tenant's endpoints, the deliveries of events to them, when a failed one is tried
 * again, and which addresses may be called.
 */
package dev.dossier.domain.webhook;
