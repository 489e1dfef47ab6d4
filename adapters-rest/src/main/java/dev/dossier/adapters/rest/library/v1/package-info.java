/**
 * Library v1: tenant and entity documents, entities, questionnaire responses and their documents, and the
 * single-use download link.
 */
package dev.dossier.adapters.rest.library.v1;
