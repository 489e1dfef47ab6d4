package dev.dossier.application.service.webhook;

import dev.dossier.application.port.out.HostResolver;
import dev.dossier.domain.webhook.TargetAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Whether a webhook URL may be called: absolute http(s) with a host, and, unless private targets are
 * allowed, every address the host resolves to public. Asked at creation and again before each
 * attempt, since a name can be pointed elsewhere later.
 */
public final class WebhookTargets {
    private final HostResolver resolver;
    private final WebhookSettings settings;

    public WebhookTargets(HostResolver resolver, WebhookSettings settings) {
        this.resolver = resolver;
        this.settings = settings;
    }

    /** Why {@code url} may not be called, or empty when it may. */
    public Optional<String> whyRefused(URI url) {
        String scheme = url.getScheme();
        if (!url.isAbsolute()
                || scheme == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("Enter an absolute http or https URL.");
        }
        if (url.getHost() == null || url.getHost().isBlank() || url.getUserInfo() != null) {
            return Optional.of("Enter a URL with a host name and no user name or password.");
        }
        String host = url.getHost().startsWith("[")
                ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            return Optional.of("The host name does not resolve.");
        }
        if (!settings.allowPrivateTargets() && !addresses.stream().allMatch(TargetAddresses::isPublic)) {
            return Optional.of("The host resolves to a loopback, private or otherwise non-public address.");
        }
        return Optional.empty();
    }
}
