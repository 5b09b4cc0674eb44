package dev.lede.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Why the server could not listen on a host and port, found by trying once more with a plain socket: the web
 * server reports every failure to bind as "port in use", which sends people looking in the wrong place.
 */
final class BindFailure {

    private BindFailure() {}

    static String explain(String host, int port, Exception failure) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return "cannot serve on host '" + host + "': no such host name or address";
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            return explain(host, port, e);
        } catch (IOException | SecurityException e) {
            return "cannot listen on " + host + ":" + port + ": " + e.getMessage();
        }
        return "cannot listen on " + host + ":" + port + ": " + failure.getMessage();
    }

    private static String explain(String host, int port, BindException e) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("in use")) {
            return "port " + port + " on " + host + " is already in use by another program; choose another with --port";
        }
        if (reason.contains("assign") || reason.contains("not available")) {
            return "'" + host + "' is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its addresses";
        }
        if (reason.contains("permission") || reason.contains("access")) {
            return "no permission to listen on port " + port
                    + " (ports below 1024 need administrator rights); choose another with --port";
        }
        return "cannot listen on " + host + ":" + port + ": " + e.getMessage();
    }
}
