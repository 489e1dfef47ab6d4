package dev.dossier.adapters.rest.webhook.delivery;

import dev.dossier.application.port.out.WebhookSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Sends webhook requests with the JDK's HTTP client: POST, no redirect followed (a 3xx is just a
 * failed attempt), the response body discarded, the whole exchange bounded by the timeout.
 */
public final class JdkWebhookSender implements WebhookSender {
    private static final System.Logger LOG = System.getLogger(JdkWebhookSender.class.getName());
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Override
    public OptionalInt post(URI url, Map<String, String> headers, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("user-agent", "Dossier-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return OptionalInt.of(response.statusCode());
        } catch (IOException e) {
            // the receiver's fault (refused, reset, timed out): logged without the URL, which may name someone
            LOG.log(
                    System.Logger.Level.INFO,
                    "webhook attempt got no answer: " + e.getClass().getSimpleName());
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
