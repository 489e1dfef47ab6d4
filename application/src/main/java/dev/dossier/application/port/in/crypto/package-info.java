/** Incoming ports: documents at rest — the master key check, key rotation, encrypting old objects. */
package dev.dossier.application.port.in.crypto;
