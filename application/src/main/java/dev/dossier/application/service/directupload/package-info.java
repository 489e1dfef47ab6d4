/**
 * Services: creating direct uploads, receiving Dossier-signed forms, and settling uploads (checks, promotion, cleanup).
 */
package dev.dossier.application.service.directupload;
