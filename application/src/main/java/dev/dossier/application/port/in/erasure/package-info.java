/** Incoming ports: erasure of entities and the deletion of their bytes. */
package dev.dossier.application.port.in.erasure;
