/**
 * Events: what happened to a tenant's documents, uploads, responses and entities, as reported to
 * the tenant's webhook endpoints. An event holds ids, types, statuses and dates only.
 */
package dev.dossier.domain.event;
