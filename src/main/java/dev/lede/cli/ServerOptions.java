package dev.lede.cli;

import dev.lede.config.LedeConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the HTTP server listens, and the token that unlocks writes. */
final class ServerOptions {

    private static final int MAX_PORT = 65_535;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "Address to bind (default: $LEDE_HOST, else 127.0.0.1). Any other than loopback needs a"
                    + " write token.")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: $LEDE_PORT, else 7070).")
    Integer port;

    @Option(
            names = "--write-token-file",
            paramLabel = "FILE",
            description = "File holding the token writes must bring as 'Authorization: Bearer <token>' (default:"
                    + " $LEDE_WRITE_TOKEN; without one the server is read-only).")
    Path writeTokenFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    LedeConfig apply(LedeConfig config) {
        if (port != null && (port < 0 || port > MAX_PORT)) {
            throw new ParameterException(command.commandLine(), "--port must be 0 to " + MAX_PORT + ", not " + port);
        }
        LedeConfig located = config.withHost(host).withPort(port);
        return writeTokenFile == null
                ? located
                : located.withDefences(located.defences().withWriteToken(readToken(writeTokenFile)));
    }

    /** @throws IllegalArgumentException when the file is empty, as for a token too short to be safe */
    private String readToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "cannot read --write-token-file " + file);
        }
        if (token.isEmpty()) {
            // Starting read-only instead would hide the mistake until the first write is refused.
            throw new IllegalArgumentException("--write-token-file " + file + " is empty; put the write token in it");
        }
        return token;
    }
}
