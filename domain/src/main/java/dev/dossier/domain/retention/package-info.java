/** Retention: how long a tenant keeps its documents. */
package dev.dossier.domain.retention;
