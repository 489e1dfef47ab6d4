package dev.dossier.adapters.rest.observability;

/** Servlet request attributes through which the JAX-RS layer tells the edge filter what it learned. */
public final class RequestAttributes {
    /** The matched resource's path template, such as {@code /v1/entities/{entity_id}}. */
    public static final String ROUTE = "dev.dossier.route";
    /** The authenticated caller's tenant id. */
    public static final String TENANT = "dev.dossier.tenant";
    /** This request's id (the {@code X-Request-Id} it is answered with). */
    public static final String REQUEST_ID = "dev.dossier.request-id";

    private RequestAttributes() {}
}
