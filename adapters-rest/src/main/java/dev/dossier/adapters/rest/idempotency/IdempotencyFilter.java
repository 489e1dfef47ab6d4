package dev.dossier.adapters.rest.idempotency;

import dev.dossier.adapters.rest.json.JsonbProvider;
import dev.dossier.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import dev.dossier.domain.idempotency.IdempotencyRecord;
import dev.dossier.domain.idempotency.RecordedResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two ends of an idempotent request around {@link IdempotentRequests}: on the way in it notes the
 * method, path and {@code Idempotency-Key} headers; on the way out, after any exception mapper has
 * turned an error into its response, it settles the claim with that exact response (the body
 * serialized once, so the original and every replay carry the same bytes).
 */
@Provider
@ApplicationScoped
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

    @Inject
    IdempotencyContext context;

    @Inject
    ClaimIdempotencyKeyUseCase idempotency;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> keys = request.getHeaders().get(IdempotentRequests.HEADER);
        if (keys == null || keys.isEmpty()) {
            return; // the request's context keeps no key: nothing to create for most requests
        }
        String path = request.getUriInfo().getPath();
        // "/upload/" and "/upload" are the same route, hence the same request
        while (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        context.request(request.getMethod(), path.startsWith("/") ? path : "/" + path, keys);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getHeaders().containsKey(IdempotentRequests.HEADER)) {
            return; // no key, no claim
        }
        IdempotencyRecord claim = context.takeClaim();
        if (claim == null) {
            return;
        }
        try {
            String body = serialize(response.getEntity());
            if (body == null) {
                idempotency.release(claim);
                return;
            }
            if (response.hasEntity()) {
                response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
            }
            idempotency.settle(claim, new RecordedResponse(response.getStatus(), body));
        } catch (RuntimeException e) {
            // the client still gets its answer; the claim is taken over once it counts as abandoned
            LOG.log(Level.WARNING, "could not record the answer for Idempotency-Key " + claim.key(), e);
        }
    }

    /** The entity as JSON text, "" for none, or null when it cannot be kept (a stream). */
    static String serialize(Object entity) {
        if (entity == null) {
            return "";
        }
        if (entity instanceof String text) {
            return text;
        }
        if (entity instanceof java.io.InputStream
                || entity instanceof jakarta.ws.rs.core.StreamingOutput
                || entity instanceof byte[]) {
            return null;
        }
        try {
            return JsonbProvider.JSONB.toJson(entity);
        } catch (JsonbException e) {
            LOG.log(Level.WARNING, "an idempotent response could not be serialized", e);
            return null;
        }
    }
}
