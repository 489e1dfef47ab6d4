package dev.dossier.bootstrap.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/** A real webhook receiver on a free loopback port: answers as told and keeps every request. */
final class WebhookReceiver implements AutoCloseable {
    record Received(Map<String, String> headers, String body, long atMillis) {}

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    /** {@code answer} gives each request's status; {@code delayMillis} is slept before answering. */
    WebhookReceiver(IntSupplier answer, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(
                        Map.of(
                                "webhook-id",
                                        String.valueOf(
                                                exchange.getRequestHeaders().getFirst("webhook-id")),
                                "webhook-timestamp",
                                        String.valueOf(
                                                exchange.getRequestHeaders().getFirst("webhook-timestamp")),
                                "webhook-signature",
                                        String.valueOf(
                                                exchange.getRequestHeaders().getFirst("webhook-signature"))),
                        body,
                        System.currentTimeMillis()));
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                exchange.sendResponseHeaders(answer.getAsInt(), -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    static WebhookReceiver always(int status) throws IOException {
        return new WebhookReceiver(() -> status, 0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
