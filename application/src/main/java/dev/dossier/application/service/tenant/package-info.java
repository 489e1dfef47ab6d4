/** Services: tenants and API keys (admin). */
package dev.dossier.application.service.tenant;
