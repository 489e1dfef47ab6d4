package dev.dossier.application.port.out;

import java.net.InetAddress;
import java.util.List;

/** Port: the addresses a host name resolves to (an IP literal resolves to itself). */
public interface HostResolver {
    /** Empty when the name does not resolve. */
    List<InetAddress> resolve(String host);
}
