package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.adapters.rest.webhook.delivery.JdkWebhookSender;
import dev.dossier.application.service.webhook.WebhookSignature;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Python receiver of the README, run as pasted: it accepts what Dossier sends and nothing forged. */
class WebhookReceiverDocTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void givenTheDocumentedReceiver_whenSentASignedAndAForgedDelivery_thenAcceptsOnlyTheSigned() throws Exception {
        String doc = Files.readString(Path.of("..", "README.md"));
        Matcher block = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).isTrue();
        Path script = Files.createTempFile("receiver", ".py");
        Files.writeString(script, block.group(1));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true);
        builder.environment().put("WEBHOOK_SECRET", SECRET);
        builder.environment().put("PORT", Integer.toString(port));
        Process receiver = builder.start();
        try {
            waitForPort(port);
            String body = "{\"id\":\"evt_1\",\"type\":\"document.created\",\"created_at\":\"2026-03-02T10:00:00Z\","
                    + "\"data\":{\"document_id\":\"d1\"}}";
            long now = Instant.now().getEpochSecond();
            String signature = WebhookSignature.sign(WebhookSignature.keyOf(SECRET), "evt_1", now, body);
            URI url = URI.create("http://127.0.0.1:" + port + "/");
            JdkWebhookSender sender = new JdkWebhookSender();

            OptionalInt signed = sender.post(url, headers(now, signature), body, Duration.ofSeconds(5));
            OptionalInt forged =
                    sender.post(url, headers(now, signature), body.replace("d1", "d2"), Duration.ofSeconds(5));
            OptionalInt stale = sender.post(
                    url,
                    headers(
                            now - 3600,
                            WebhookSignature.sign(WebhookSignature.keyOf(SECRET), "evt_1", now - 3600, body)),
                    body,
                    Duration.ofSeconds(5));

            assertThat(signed).hasValue(204);
            assertThat(forged).hasValue(401);
            assertThat(stale).hasValue(401);
        } finally {
            receiver.destroy();
            Files.deleteIfExists(script);
        }
    }

    private static Map<String, String> headers(long timestamp, String signature) {
        return Map.of(
                "content-type",
                "application/json",
                "webhook-id",
                "evt_1",
                "webhook-timestamp",
                Long.toString(timestamp),
                "webhook-signature",
                signature);
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the receiver did not start");
    }
}
