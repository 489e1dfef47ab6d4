package dev.dossier.adapters.rest.idempotency;

import dev.dossier.application.error.ValidationException;
import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import dev.dossier.application.port.in.idempotency.IdempotencyClaim;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import dev.dossier.domain.idempotency.RequestFingerprint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a create or upload endpoint idempotent under the client's {@code Idempotency-Key} header, in one
 * line around its use case:
 * <pre>{@code
 * return idempotent.execute(caller, RequestBody.json(body), () -> Response.status(201).entity(...).build());
 * }</pre>
 * Without the header the work simply runs. With it, the same request (method, path, API key and body
 * meaning) under the same key replays the first answer with {@code Idempotent-Replayed: true}; another
 * request is a 422, a repeat while the first still runs a 409, a malformed key a 400. The answer,
 * errors included, is recorded by {@link IdempotencyFilter} once the response is final; server errors
 * (5xx) are not recorded, so a retry runs again.
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /**
     * What an operation's OpenAPI description says about the header (Payara's scanner ignores unbound header
     * parameters).
     */
    public static final String DESCRIPTION =
            "Optional header Idempotency-Key (at most 255 characters, kept 24 hours per"
                    + " tenant) makes retries safe: the same request"
                    + " under the same key replays the first answer (header Idempotent-Replayed: true) and"
                    + " creates nothing;"
                    + " a different request is a 422, a repeat while the first is still running a 409.";

    @Inject
    IdempotencyContext context;

    @Inject
    ClaimIdempotencyKeyUseCase idempotency;

    public Response execute(Caller caller, RequestBody body, Supplier<Response> work) {
        List<String> keys = context.keys();
        if (keys.isEmpty()) {
            return work.get();
        }
        if (keys.size() > 1) {
            throw ValidationException.of(HEADER, "Send one Idempotency-Key header, not " + keys.size() + ".");
        }
        RequestFingerprint fingerprint = RequestFingerprint.builder()
                .part("method", context.method())
                .part("path", context.path())
                .part("api_key", caller.keyId().toString())
                .part("body", body.digest())
                .build();
        IdempotencyClaim claim = idempotency.claim(new ClaimIdempotencyKeyCommand(caller, keys.get(0), fingerprint));
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replay(replay.response());
        }
        IdempotencyRecord record = ((IdempotencyClaim.Proceed) claim).record();
        // settled by IdempotencyFilter unless recorded below: an error mapped after the work threw, a
        // server error, or a body that cannot be kept (a stream)
        context.claim(record);
        Response response = idempotency.runHolding(record, () -> withKeptBody(work.get()), IdempotentRequests::answer);
        if (answer(response).filter(RecordedResponse::isFinal).isPresent()) {
            context.takeClaim(); // recorded with the work, in its transaction
        }
        return response;
    }

    /** The response with its entity serialized once, so that the original and every replay carry the same bytes. */
    private static Response withKeptBody(Response response) {
        String body = IdempotencyFilter.serialize(response.getEntity());
        if (body == null || !response.hasEntity() || response.getEntity() instanceof String) {
            return response;
        }
        return Response.fromResponse(response)
                .entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static Optional<RecordedResponse> answer(Response response) {
        String body = IdempotencyFilter.serialize(response.getEntity());
        return body == null ? Optional.empty() : Optional.of(new RecordedResponse(response.getStatus(), body));
    }

    private static Response replay(RecordedResponse recorded) {
        Response.ResponseBuilder r = Response.status(recorded.status()).header(REPLAYED_HEADER, "true");
        if (!recorded.body().isEmpty()) {
            r.type(MediaType.APPLICATION_JSON_TYPE).entity(recorded.body());
        }
        return r.build();
    }
}
