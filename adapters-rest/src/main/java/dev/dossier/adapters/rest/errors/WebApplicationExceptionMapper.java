package dev.dossier.adapters.rest.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own errors (unknown route, wrong method or media type) in the same JSON body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response body;
        if (e instanceof NotFoundException || status == 404) {
            body = ErrorBodies.detail(404, ErrorBodies.NOT_FOUND);
        } else if (e instanceof NotAllowedException) {
            body = ErrorBodies.detail(405, "Method \"" + request.getMethod() + "\" not allowed.");
        } else if (e instanceof NotSupportedException) {
            String type =
                    headers.getMediaType() == null ? "" : headers.getMediaType().toString();
            body = ErrorBodies.detail(415, "Unsupported media type \"" + type + "\" in request.");
        } else if (status == 408) {
            // a body cut for arriving too slowly: the connection is closed rather than read to its end
            return Response.fromResponse(ErrorBodies.detail(408, e.getMessage()))
                    .header("Connection", "close")
                    .build();
        } else if (status >= 500) {
            body = ErrorBodies.json(500, java.util.Map.of("error", "Internal server error."));
        } else {
            body = ErrorBodies.detail(status, e.getResponse().getStatusInfo().getReasonPhrase() + ".");
        }
        Response.ResponseBuilder out = Response.fromResponse(body);
        // keep the Allow header of a 405
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            out.header(HttpHeaders.ALLOW, allow);
        }
        return out.build();
    }
}
