/** Incoming ports: questionnaire responses and the documents attached to them as answers. */
package dev.dossier.application.port.in.response;
