/** Documents attached as answers to questionnaire responses. */
package dev.dossier.domain.attachment;
