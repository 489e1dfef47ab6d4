package dev.dossier.adapters.rest.directupload;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import dev.dossier.application.error.ApplicationException;
import dev.dossier.application.error.AuthenticationException;
import dev.dossier.application.error.ForbiddenException;
import dev.dossier.application.error.IdempotencyConflictException;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ScannerUnavailableException;
import dev.dossier.application.error.StorageFailureException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.out.UploadRefusedException;
import dev.dossier.domain.shared.DomainException;
import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.workflow.WorkflowCompletedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error body of this surface, one shape for every error:
 * {@code {"error": {"type": "invalid_request", "message": "...", "fields": {"file_name": ["..."]}}}}
 * ({@code fields} only for input errors; batch items are named {@code fulfillments[1].document_id}).
 * Types: {@code invalid_request} 400, {@code permission_denied} 403, {@code not_found} 404,
 * {@code conflict} 409, {@code request_too_large} 413, {@code unsupported_media_type} 415,
 * {@code storage_error} 500, {@code scanner_unavailable} 503 (with
 * {@code Retry-After}). Missing or wrong API keys are answered by the
 * shared authentication filter with the Library's 401 (docs/api.md) {@code {"detail": ...}}.
 */
final class RpcErrors {
    private static final Logger LOG = Logger.getLogger(RpcErrors.class.getName());

    private RpcErrors() {}

    /** Runs an endpoint, translating every application and domain error into this surface's body. */
    static Response call(Supplier<Response> endpoint) {
        try {
            return endpoint.get();
        } catch (ValidationException e) {
            return invalid(e.fieldErrors());
        } catch (MalformedRequestException e) {
            return error(e.status(), unreadableType(e.status()), e.getMessage(), null);
        } catch (NotFoundException e) {
            String what = e.getMessage().replace(" not found", "");
            return error(404, "not_found", "No such " + what + ".", null);
        } catch (ForbiddenException e) {
            return error(403, "permission_denied", "You do not have permission to perform this action.", null);
        } catch (AuthenticationException e) {
            throw e;
        } catch (StorageFailureException e) {
            LOG.log(Level.SEVERE, "storage failure: " + e.reason(), e);
            return error(500, "storage_error", e.reason(), null);
        } catch (ScannerUnavailableException e) {
            return Response.fromResponse(error(503, "scanner_unavailable", e.reason(), null))
                    .header("Retry-After", String.valueOf(e.retryAfter().toSeconds()))
                    .build();
        } catch (IdempotencyConflictException e) {
            if (e.reason() == IdempotencyConflictException.Reason.IN_FLIGHT) {
                return Response.fromResponse(error(409, "idempotency_in_flight", e.getMessage(), null))
                        .header("Retry-After", "1")
                        .build();
            }
            return error(422, "idempotency_key_reused", e.getMessage(), null);
        } catch (ApplicationException e) {
            LOG.log(Level.SEVERE, "unmapped application error", e);
            return error(500, "server_error", "Internal server error.", null);
        } catch (WorkflowCompletedException e) {
            return error(409, "conflict", e.getMessage(), Map.of("workflow_id", List.of(e.getMessage())));
        } catch (InvalidValueException e) {
            return invalid(Map.of(e.field(), List.of(e.getMessage())));
        } catch (DomainException e) {
            return error(400, "invalid_request", e.getMessage(), null);
        } catch (UploadRefusedException e) {
            return switch (e.reason()) {
                case WRONG_SIZE, MALFORMED -> error(400, "invalid_request", e.getMessage(), null);
                case ACCESS_DENIED -> error(403, "access_denied", e.getMessage(), null);
                case NOT_SUPPORTED -> error(404, "not_found", "Not found.", null);
            };
        }
    }

    static Response invalid(Map<String, List<String>> fields) {
        Map.Entry<String, List<String>> first = fields.entrySet().iterator().next();
        return error(
                400, "invalid_request", first.getKey() + ": " + first.getValue().get(0), fields);
    }

    private static String unreadableType(int status) {
        return switch (status) {
            case 413 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            default -> "invalid_request";
        };
    }

    static Response error(int status, String type, String message, Map<String, List<String>> fields) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("message", message);
        if (fields != null) {
            error.put("fields", new LinkedHashMap<>(fields));
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error))
                .build();
    }
}
