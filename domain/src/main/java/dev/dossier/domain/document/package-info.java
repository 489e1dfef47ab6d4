/** The document aggregate, its stored file, classification and review. */
package dev.dossier.domain.document;
