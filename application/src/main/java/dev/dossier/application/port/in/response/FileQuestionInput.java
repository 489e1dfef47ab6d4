package dev.dossier.application.port.in.response;

/** A file question as the client sent it (raw; checked by the service). */
public record FileQuestionInput(Integer id, String documentType) {}
