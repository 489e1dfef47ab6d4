package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error bodies of the Library surfaces and the admin API (the references' Django REST style). */
final class ErrorBodies {
    public static final String NOT_FOUND = "Not found.";
    public static final String NO_CREDENTIALS = "Authentication credentials were not provided.";
    public static final String INVALID_KEY = "Invalid API key.";
    public static final String FORBIDDEN = "You do not have permission to perform this action.";

    private ErrorBodies() {}

    public static Response detail(int status, String detail) {
        return json(status, Map.of("detail", detail));
    }

    public static Response fields(Map<String, List<String>> fieldErrors) {
        return json(400, new LinkedHashMap<>(fieldErrors));
    }

    /** {@code {"error": ..., "details": {"reason": ...}}}: refused deletes and storage failures. */
    public static Response errorWithReason(int status, String error, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("details", Map.of("reason", reason));
        return json(status, body);
    }

    public static Response json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }
}
