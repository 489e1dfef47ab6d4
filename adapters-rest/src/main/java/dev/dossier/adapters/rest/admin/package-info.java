/** The admin API: tenants and their API keys, behind the admin token. */
package dev.dossier.adapters.rest.admin;
