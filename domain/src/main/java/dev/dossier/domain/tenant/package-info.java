/** Tenants and their API keys. */
package dev.dossier.domain.tenant;
