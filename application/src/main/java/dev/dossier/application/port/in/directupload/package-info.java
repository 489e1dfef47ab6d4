/** Incoming ports: direct uploads (presigned, quarantined, then promoted) and their background settling. */
package dev.dossier.application.port.in.directupload;
