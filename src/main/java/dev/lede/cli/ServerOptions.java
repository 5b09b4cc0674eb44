package dev.lede.cli;

import dev.lede.config.LedeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the HTTP server listens, and the token that unlocks writes. */
final class ServerOptions {

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

    LedeConfig apply(LedeConfig config) {
        LedeConfig located = config.withHost(host).withPort(port);
        return writeTokenFile == null
                ? located
                : located.withDefences(located.defences().withWriteToken(readToken(writeTokenFile)));
    }

    private static String readToken(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the write token file " + file, e);
        }
    }
}
