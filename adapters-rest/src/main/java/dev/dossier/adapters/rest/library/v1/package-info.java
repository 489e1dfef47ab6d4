/** Library v1: tenant and entity documents, entities, responses with their documents, the download link. */
package dev.dossier.adapters.rest.library.v1;
