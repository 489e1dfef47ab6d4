package dev.dossier.bootstrap.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy to a server (here PostgreSQL) that can turn into a black hole: it then accepts
 * connections but forwards nothing, on new connections or on those already open, as a database
 * that stopped answering without closing anything. On recovery the connections held meanwhile
 * are closed (their peer would have given up) and new ones are forwarded again.
 */
final class BlackHoleProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean blackHole;

    BlackHoleProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 200, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "black-hole-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void blackHole() {
        blackHole = true;
    }

    void recover() {
        blackHole = false;
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                if (blackHole) {
                    continue; // held open, never answered
                }
                Socket server = new Socket(target.getAddress(), target.getPort());
                sockets.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // closed, or the target refused: the client sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            while (blackHole && !from.isClosed()) {
                                Thread.sleep(50); // hold what came, forward nothing
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException | InterruptedException e) {
                        // either side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "black-hole-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        recover();
    }
}
