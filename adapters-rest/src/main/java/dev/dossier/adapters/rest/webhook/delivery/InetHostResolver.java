package dev.dossier.adapters.rest.webhook.delivery;

import dev.dossier.application.port.out.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves with the platform resolver (an IP literal is returned as it is, without a lookup). */
public final class InetHostResolver implements HostResolver {
    @Override
    public List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
