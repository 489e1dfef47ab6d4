package dev.dossier.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: a TCP proxy in front of an S3 server that lets requests through but, for
 * requests starting with a given request line prefix, hangs up instead of passing the
 * response on. The server has done the work; the client never learns it.
 */
final class ResponseDroppingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int targetPort;
    private final byte[] trigger;
    private final AtomicInteger dropsLeft;
    private final AtomicInteger dropped = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    ResponseDroppingProxy(int targetPort, String requestLinePrefix, int drops) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.trigger = requestLinePrefix.getBytes(StandardCharsets.US_ASCII);
        this.dropsLeft = new AtomicInteger(drops);
        threads.execute(this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    int dropped() {
        return dropped.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                AtomicBoolean dropResponse = new AtomicBoolean();
                threads.execute(() -> forwardRequests(client, upstream, dropResponse));
                threads.execute(() -> forwardResponses(upstream, client, dropResponse));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forwardRequests(Socket client, Socket upstream, AtomicBoolean dropResponse) {
        byte[] buffer = new byte[16 * 1024];
        byte[] window = new byte[0];
        try (InputStream in = client.getInputStream();
                OutputStream out = upstream.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                byte[] scanned = new byte[window.length + read];
                System.arraycopy(window, 0, scanned, 0, window.length);
                System.arraycopy(buffer, 0, scanned, window.length, read);
                if (contains(scanned, trigger) && dropsLeft.getAndDecrement() > 0) {
                    dropResponse.set(true);
                }
                int keep = Math.min(trigger.length - 1, scanned.length);
                window = java.util.Arrays.copyOfRange(scanned, scanned.length - keep, scanned.length);
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException hungUp) {
            // either side went away
        } finally {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    private void forwardResponses(Socket upstream, Socket client, AtomicBoolean dropResponse) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = upstream.getInputStream();
                OutputStream out = client.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (dropResponse.get()) {
                    dropped.incrementAndGet();
                    return; // the server answered: hang up on the client instead
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException hungUp) {
            // either side went away
        } finally {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
