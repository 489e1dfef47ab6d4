/** Questionnaire responses and their file questions. */
package dev.dossier.domain.response;
