package dev.dossier.adapters.rest.directupload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.application.error.ScannerUnavailableException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.service.scanning.MalwareCheck;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The malware scan's errors in this surface's shape. No call of the surface takes a file today (the
 * sweep scans direct uploads and reports a hit as FAILED), so the shapes are checked here directly.
 */
class RpcErrorsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> error(Response r) {
        return (Map<String, Object>) ((Map<String, Object>) r.getEntity()).get("error");
    }

    @Test
    void givenAHit_thenInvalidRequestOnFile() {
        Response r = RpcErrors.call(() -> {
            throw ValidationException.of("file", MalwareCheck.REFUSED);
        });

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(error(r))
                .containsEntry("type", "invalid_request")
                .containsEntry("message", "file: The file did not pass the malware scan.")
                .containsEntry("fields", Map.of("file", List.of("The file did not pass the malware scan.")));
    }

    @Test
    void givenNoVerdict_then503ScannerUnavailableWithRetryAfter() {
        Response r = RpcErrors.call(() -> {
            throw new ScannerUnavailableException(new RuntimeException("clamd at 10.0.0.9:3310: refused"));
        });

        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(error(r))
                .containsOnlyKeys("type", "message")
                .containsEntry("type", "scanner_unavailable")
                .containsEntry("message", "The malware scanner is unavailable.");
    }
}
