/** Storage adapter: encryption at rest — the streaming cipher of stored objects and the local master keys. */
package dev.dossier.adapters.storage.crypto;
