package dev.lede.cli;

import dev.lede.config.LedeConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the HTTP server listens. */
final class ServerOptions {

    private static final int MAX_PORT = 65_535;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    LedeConfig apply(LedeConfig config) {
        if (port != null && (port < 0 || port > MAX_PORT)) {
            throw new ParameterException(command.commandLine(), "--port must be 0 to " + MAX_PORT + ", not " + port);
        }
        return config.withHost(host).withPort(port);
    }
}
