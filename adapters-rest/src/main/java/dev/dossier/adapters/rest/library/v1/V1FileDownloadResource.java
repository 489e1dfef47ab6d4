package dev.dossier.adapters.rest.library.v1;

import dev.dossier.adapters.rest.auth.PublicEndpoint;
import dev.dossier.adapters.rest.http.ContentDisposition;
import dev.dossier.application.error.ContentIntegrityException;
import dev.dossier.application.port.in.document.DownloadableContent;
import dev.dossier.application.port.in.document.RedeemDownloadLinkUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The single-use proxy download link: no credentials, the token is the capability. It serves
 * the bytes once, as an attachment that browsers must not sniff or cache.
 */
@Path("/api/v1/files/{token}")
@ApplicationScoped
@PublicEndpoint
@Tag(name = "Download links")
public class V1FileDownloadResource {
    private static final Logger LOG = Logger.getLogger(V1FileDownloadResource.class.getName());

    @Inject
    RedeemDownloadLinkUseCase redeem;

    @Context
    HttpServletRequest httpRequest;

    @GET
    @Operation(
            summary = "Fetch a file by its download link",
            description = "Works once; 404 after first use or expiry.")
    public Response fetch(@PathParam("token") String token) {
        DownloadableContent content = redeem.redeem(token, httpRequest.getRemoteAddr());
        var file = content.document().file();
        StreamingOutput body = out -> {
            try (InputStream in = content.content()) {
                in.transferTo(out);
            } catch (ContentIntegrityException e) {
                // the status and length are sent: failing here cuts the response one byte short
                LOG.severe(() -> "document " + content.document().id().value() + " of tenant "
                        + content.document().tenantId().value() + " not served: " + e.getMessage());
                throw e;
            }
        };
        return Response.ok(body, file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(file.name().value()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** A HEAD (link previews, scanners) must not spend the single use: it is refused instead of redirected to GET. */
    @HEAD
    public Response head() {
        return Response.status(405).header(HttpHeaders.ALLOW, "GET").build();
    }
}
