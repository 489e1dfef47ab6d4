/**
 * Outgoing ports: what the application needs from persistence, storage, malware scanning, time and
 * randomness. They speak domain types only and never throw adapter exceptions.
 */
package dev.dossier.application.port.out;
