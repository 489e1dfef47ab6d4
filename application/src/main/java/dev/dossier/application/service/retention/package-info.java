/** Use cases: retention policies and their enforcement. */
package dev.dossier.application.service.retention;
