package dev.dossier.adapters.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** JPA value row of a file question, kept in its response's order. */
@Embeddable
public class FileQuestionRow {
    @Column(name = "question_id", nullable = false)
    private int questionId;

    @Column(name = "document_type", nullable = false)
    private String documentType;

    protected FileQuestionRow() {}

    FileQuestionRow(int questionId, String documentType) {
        this.questionId = questionId;
        this.documentType = documentType;
    }

    int questionId() {
        return questionId;
    }

    String documentType() {
        return documentType;
    }
}
