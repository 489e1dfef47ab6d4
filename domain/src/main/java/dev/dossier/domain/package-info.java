/** The domain layer: Dossier's model in plain Java 17, free of any framework. */
package dev.dossier.domain;
