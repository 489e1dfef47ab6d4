/** Incoming ports: the auth use cases and their commands. */
package dev.dossier.application.port.in.auth;
