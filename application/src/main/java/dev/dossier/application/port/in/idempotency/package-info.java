/** Incoming ports: idempotent requests (claiming a key, settling it with the answer). */
package dev.dossier.application.port.in.idempotency;
