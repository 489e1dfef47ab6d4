/** Inbound ports of the background maintenance. */
package dev.dossier.application.port.in.maintenance;
