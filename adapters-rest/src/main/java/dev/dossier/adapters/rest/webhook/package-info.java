/** REST adapter: a tenant's webhook endpoints and their deliveries ({@code /api/v1/webhooks/}). */
package dev.dossier.adapters.rest.webhook;
