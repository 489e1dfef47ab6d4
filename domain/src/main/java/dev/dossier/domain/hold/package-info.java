/** Legal holds: what an investigation freezes cannot be deleted until the hold is lifted. */
package dev.dossier.domain.hold;
