package dev.lede.cli;

import dev.lede.config.LedeConfig;
import picocli.CommandLine.Option;

/** Where the HTTP server listens. */
final class ServerOptions {

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to bind (default: $LEDE_HOST, else 127.0.0.1).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: $LEDE_PORT, else 7070).")
    Integer port;

    LedeConfig apply(LedeConfig config) {
        return config.withHost(host).withPort(port);
    }
}
