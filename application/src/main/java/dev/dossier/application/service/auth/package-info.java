/** Service: API key authentication. */
package dev.dossier.application.service.auth;
