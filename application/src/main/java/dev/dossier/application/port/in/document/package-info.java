/** Incoming ports: the document use cases and their commands. */
package dev.dossier.application.port.in.document;
