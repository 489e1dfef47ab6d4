package dev.dossier.adapters.rest.idempotency;

import dev.dossier.domain.idempotency.IdempotencyRecord;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * What one request's idempotency needs between the filter and the resource: the method, path and
 * {@code Idempotency-Key} headers {@link IdempotencyFilter} read, and the claim
 * {@link IdempotentRequests} took, which the filter settles once the response is known.
 */
@RequestScoped
public class IdempotencyContext {
    private String method = "";
    private String path = "";
    private List<String> keys = List.of();
    private IdempotencyRecord claim;

    void request(String method, String path, List<String> keys) {
        this.method = method;
        this.path = path;
        this.keys = keys == null ? List.of() : List.copyOf(keys);
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    List<String> keys() {
        return keys;
    }

    void claim(IdempotencyRecord claim) {
        this.claim = claim;
    }

    /** The claim to settle, once: null when the request took none. */
    IdempotencyRecord takeClaim() {
        IdempotencyRecord taken = claim;
        claim = null;
        return taken;
    }
}
