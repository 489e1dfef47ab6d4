/** Services: uploading, listing, reading, deleting and linking documents. */
package dev.dossier.application.service.document;
