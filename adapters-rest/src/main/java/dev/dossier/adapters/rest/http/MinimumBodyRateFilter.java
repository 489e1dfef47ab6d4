package dev.dossier.adapters.rest.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

/**
 * Reads every request body through a stream that enforces the {@link MinimumBodyRate}: whatever reads
 * the body (the multipart spool, the JSON reader, the direct upload receiver) gets a 408
 * {@code {"detail": ...}} with {@code Connection: close} when it arrives too slowly.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class MinimumBodyRateFilter implements ContainerRequestFilter {
    public static final String TOO_SLOW = "The request body arrived too slowly.";

    @Inject
    MinimumBodyRate rate;

    @Override
    public void filter(ContainerRequestContext request) {
        // from the headers: hasEntity() would wait for the body's first byte
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (rate.bytesPerSecond() > 0 && body) {
            request.setEntityStream(new RateCheckedStream(request.getEntityStream(), rate));
        }
    }

    private static final class RateCheckedStream extends FilterInputStream {
        private final MinimumBodyRate rate;
        private final long start = System.nanoTime();
        private long bytes;

        RateCheckedStream(InputStream in, MinimumBodyRate rate) {
            super(in);
            this.rate = rate;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n < 0) {
                return;
            }
            bytes += n;
            if (rate.tooSlow(bytes, Duration.ofNanos(System.nanoTime() - start))) {
                throw new WebApplicationException(
                        TOO_SLOW,
                        Response.status(408)
                                .type(MediaType.APPLICATION_JSON_TYPE)
                                .header("Connection", "close")
                                .entity(Map.of("detail", TOO_SLOW))
                                .build());
            }
        }
    }
}
