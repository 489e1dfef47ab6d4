/** Building blocks shared by the aggregates: id parsing, hashing, text rules, exceptions. */
package dev.dossier.domain.shared;
