package dev.dossier.application.fakes;

import dev.dossier.application.port.out.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fake of {@link HostResolver}: IP literals resolve to themselves, names as told (else not at all). */
public final class FakeHostResolver implements HostResolver {
    private final Map<String, List<InetAddress>> names = new HashMap<>();

    public synchronized FakeHostResolver pointing(String host, String... addresses) {
        names.put(
                host,
                java.util.Arrays.stream(addresses)
                        .map(FakeHostResolver::literal)
                        .toList());
        return this;
    }

    @Override
    public synchronized List<InetAddress> resolve(String host) {
        if (names.containsKey(host)) {
            return names.get(host);
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(literal(host));
        }
        return List.of();
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
