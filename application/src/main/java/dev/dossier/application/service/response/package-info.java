/** Services: questionnaire responses and their attached documents. */
package dev.dossier.application.service.response;
