/** Library v1: tenant and entity documents, entities, and the download-link endpoint. */
package dev.dossier.adapters.rest.library.v1;
