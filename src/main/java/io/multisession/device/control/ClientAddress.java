package io.multisession.device.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's IP address. {@code X-Forwarded-For} is honoured only when the connection comes from a proxy listed in
 * {@code multisession.trusted-proxies} (addresses or CIDR ranges), and then only up to the first address that is not
 * a trusted proxy itself, so a client cannot claim an address by sending the header.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "multisession.trusted-proxies")
    Optional<String> trustedProxies;

    /** The client address of a servlet request. */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    public String resolve(String remoteAddress, String forwardedFor) {
        List<String> proxies = trustedProxies.map(list -> List.of(list.split(","))).orElse(List.of());
        if (forwardedFor == null || !isTrusted(remoteAddress, proxies)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isLiteralAddress(hop)) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop, proxies)) {
                return hop;
            }
        }
        return client;
    }

    static boolean isTrusted(String address, List<String> proxies) {
        return proxies.stream().anyMatch(range -> inRange(address, range.strip()));
    }

    static boolean inRange(String address, String range) {
        try {
            int slash = range.indexOf('/');
            InetAddress network = InetAddress.getByName(slash < 0 ? range : range.substring(0, slash));
            InetAddress candidate = InetAddress.getByName(address);
            if (network.getAddress().length != candidate.getAddress().length) {
                return false;
            }
            int bits = network.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(range.substring(slash + 1));
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).not();
            return new BigInteger(1, network.getAddress()).and(mask)
                    .equals(new BigInteger(1, candidate.getAddress()).and(mask));
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** Only literal IPv4/IPv6 addresses; never a host name, which would need a DNS lookup. */
    static boolean isLiteralAddress(String value) {
        return value.matches("[0-9.]{7,15}") || value.matches("[0-9a-fA-F:.]{2,45}") && value.contains(":");
    }
}
