package dev.dossier.adapters.storage.scanning;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where clamd listens: {@code host:port} ({@code [::1]:3310} for an IPv6 literal) or
 * {@code unix:/path/to/clamd.ctl}. A host name is resolved at each connection, so a scanner that
 * moves is found again.
 */
public final class ClamdAddress {
    private static final String UNIX = "unix:";

    private final String host;
    private final int port;
    private final Path socketPath;

    private ClamdAddress(String host, int port, Path socketPath) {
        this.host = host;
        this.port = port;
        this.socketPath = socketPath;
    }

    public static ClamdAddress tcp(String host, int port) {
        if (Objects.requireNonNull(host, "host").isBlank()) {
            throw new IllegalArgumentException("the clamd address has no host");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the clamd port must be 1 to 65535, not " + port);
        }
        return new ClamdAddress(host, port, null);
    }

    public static ClamdAddress unix(Path socketPath) {
        if (!Objects.requireNonNull(socketPath, "socketPath").isAbsolute()) {
            throw new IllegalArgumentException("the clamd socket must be an absolute path, not " + socketPath);
        }
        return new ClamdAddress(null, 0, socketPath);
    }

    /** Reads {@code host:port} or {@code unix:/path}; anything else is refused with what was expected. */
    public static ClamdAddress parse(String raw) {
        String value = Objects.requireNonNull(raw, "raw").strip();
        if (value.startsWith(UNIX)) {
            return unix(Path.of(value.substring(UNIX.length())));
        }
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException(
                    "a clamd address is host:port or unix:/path/to/clamd.ctl, not \"" + value + "\"");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("write an IPv6 clamd address as [address]:port, not \"" + value + "\"");
        }
        try {
            return tcp(host, Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the clamd port is not a number in \"" + value + "\"", e);
        }
    }

    boolean isUnix() {
        return socketPath != null;
    }

    /** The address to connect to now (a host name is resolved here). */
    SocketAddress socketAddress() {
        return isUnix() ? UnixDomainSocketAddress.of(socketPath) : new InetSocketAddress(host, port);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClamdAddress a
                && port == a.port
                && Objects.equals(host, a.host)
                && Objects.equals(socketPath, a.socketPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, socketPath);
    }

    @Override
    public String toString() {
        if (isUnix()) {
            return UNIX + socketPath;
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
