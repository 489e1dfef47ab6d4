/** Idempotent requests: a client's key, the fingerprint of the request it was first used for, and the answer it got. */
package dev.dossier.domain.idempotency;
