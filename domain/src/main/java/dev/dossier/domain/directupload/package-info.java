/** The direct upload aggregate: a presigned upload waiting in quarantine, its policy and its outcome. */
package dev.dossier.domain.directupload;
