package dev.dossier.domain.idempotency;

import java.util.Objects;

/** The answer an idempotent request got: its HTTP status and its body as sent (JSON text, possibly empty). */
public record RecordedResponse(int status, String body) {
    public RecordedResponse {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    /**
     * Whether the answer is the outcome of the request itself (2xx–4xx), rather than a failure worth retrying (5xx).
     */
    public boolean isFinal() {
        return status < 500;
    }
}
