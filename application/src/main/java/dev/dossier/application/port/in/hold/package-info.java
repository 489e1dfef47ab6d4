/** Incoming ports: placing, reading and lifting legal holds. */
package dev.dossier.application.port.in.hold;
