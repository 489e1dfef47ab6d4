package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.ContentProblem;

/**
 * Thrown by the format readers when the content breaks a rule: a limit, or a structure that is not
 * its type's (malformed, truncated, or another format). The detail is for logs, never for clients.
 */
final class RefusedContent extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ContentProblem problem;

    RefusedContent(ContentProblem problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    static RefusedContent malformed(String detail) {
        return new RefusedContent(ContentProblem.NOT_OF_TYPE, detail);
    }

    ContentProblem problem() {
        return problem;
    }
}
