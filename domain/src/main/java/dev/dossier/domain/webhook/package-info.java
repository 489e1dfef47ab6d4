/**
 * Webhooks: a tenant's endpoints, the deliveries of events to them, how a delivery is signed
 * (Standard Webhooks 1.0), when a failed one is tried again, and which addresses may be called.
 */
package dev.dossier.domain.webhook;
