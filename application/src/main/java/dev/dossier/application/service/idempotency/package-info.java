/** Services: idempotent requests. */
package dev.dossier.application.service.idempotency;
