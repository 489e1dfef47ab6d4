/** Incoming ports: the tenant use cases and their commands. */
package dev.dossier.application.port.in.tenant;
