package dev.lede.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The names this server answers to. A page on another site can resolve its own name to 127.0.0.1 (DNS rebinding)
 * and then read the API as if it were the same origin; refusing every {@code Host} but our own names stops it.
 */
final class HostCheck {

    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");
    private static final Set<String> WILDCARD_ADDRESSES = Set.of("0.0.0.0", "::", "[::]");

    private final Set<String> names = new TreeSet<>();

    HostCheck(String boundHost, List<String> allowedHosts) {
        names.addAll(LOOPBACK_NAMES);
        names.add(normal(boundHost));
        allowedHosts.forEach(name -> names.add(normal(name)));
        if (WILDCARD_ADDRESSES.contains(boundHost.strip())) {
            names.addAll(machineNames());
        }
    }

    /** Whether the server may be bound to {@code host} without a write token: only loopback addresses qualify. */
    static boolean isLoopback(String host) {
        String name = normal(host);
        return name.equals("localhost") || name.equals("::1") || name.startsWith("127.");
    }

    /** @throws RequestRefused unless {@code hostHeader} names this server */
    void check(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            throw new RequestRefused(400, "A Host header is required.");
        }
        String name = hostName(hostHeader);
        if (name == null || !names.contains(name)) {
            throw new RequestRefused(
                    421, "This server does not answer to that Host name; add it with LEDE_ALLOWED_HOSTS.");
        }
    }

    /** The host part of a {@code Host} or {@code Origin} authority, without port or brackets, lower case. */
    static String hostName(String authority) {
        try {
            String host = URI.create("http://" + authority.strip() + "/").getHost();
            return host == null ? null : normal(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normal(String name) {
        String plain = name.strip().toLowerCase(Locale.ROOT);
        return plain.startsWith("[") && plain.endsWith("]") ? plain.substring(1, plain.length() - 1) : plain;
    }

    private static Set<String> machineNames() {
        Set<String> found = new TreeSet<>();
        try {
            found.add(normal(InetAddress.getLocalHost().getHostName()));
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(network.getInetAddresses()).stream()
                        .flatMap(address -> Stream.of(address.getHostAddress()))
                        .map(address -> normal(address.replaceFirst("%.*$", "")))
                        .forEach(found::add);
            }
        } catch (SocketException | java.net.UnknownHostException e) {
            // Only the configured and loopback names are then accepted.
        }
        return found;
    }
}
