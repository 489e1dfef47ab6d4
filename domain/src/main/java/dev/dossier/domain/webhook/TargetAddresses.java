package dev.dossier.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which resolved addresses a webhook may be sent to: not loopback, private, shared (CGNAT),
 * link-local, unique-local, multicast or unspecified, in IPv4 and IPv6, an IPv4 address inside IPv6
 * (mapped or compatible) judged as the IPv4 address it carries.
 */
public final class TargetAddresses {
    private TargetAddresses() {}

    public static boolean isPublic(InetAddress address) {
        InetAddress judged = embeddedIpv4(address);
        if (judged.isLoopbackAddress()
                || judged.isAnyLocalAddress()
                || judged.isLinkLocalAddress()
                || judged.isSiteLocalAddress()
                || judged.isMulticastAddress()) {
            return false;
        }
        byte[] b = judged.getAddress();
        if (judged instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && first < 240; // reserved and broadcast
        }
        // fc00::/7 unique-local (isSiteLocalAddress covers only the deprecated fec0::/10)
        return (b[0] & 0xfe) != 0xfc;
    }

    /** The IPv4 address an IPv4-mapped ({@code ::ffff:a.b.c.d}) or -compatible IPv6 address carries. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return address;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
