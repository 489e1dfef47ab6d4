/** The Idempotency-Key header of uploads and creates: the filter, the per-request context, the request digests. */
package dev.dossier.adapters.rest.idempotency;
