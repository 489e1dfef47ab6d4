/** Incoming ports: the entity use cases and their commands. */
package dev.dossier.application.port.in.entity;
