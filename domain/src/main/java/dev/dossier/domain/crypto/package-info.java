/** The keys that protect documents at rest: per-owner data keys, stored only wrapped by a master key. */
package dev.dossier.domain.crypto;
