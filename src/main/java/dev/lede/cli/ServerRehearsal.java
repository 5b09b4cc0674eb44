package dev.lede.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A rehearsal of {@code lede serve}, which {@code bin/lede} runs right after a build with a server's JVM options, so
 * that the class-data archive a server starts from is written before its first real start rather than at its end.
 * Without that archive a server took 6.6–7.0 s to answer at a million articles, with it 3.5–4.1 s (BENCHMARKS.md,
 * fifty-fourth session). It serves an empty index from a temporary folder on a free loopback port, asks for the page
 * and a few searches, and exits; the JVM writes the archive as it ends.
 */
public final class ServerRehearsal {

    /** What a first visit asks: the page, its script, a search with every facet, a filtered one, the health check. */
    static final List<String> REQUESTS = List.of(
            "/",
            "/lede.js",
            "/api/search?q=rehearsal",
            "/api/search?q=%22a+phrase%22&person=Someone&sort=newest",
            "/api/suggest?q=reh",
            "/api/health");

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

    private ServerRehearsal() {}

    public static void main(String[] args) throws Exception {
        System.exit(rehearse(new PrintWriter(System.err, true)));
    }

    /** Runs the rehearsal; 0 when the server answered every request, 1 (with the server's output on {@code err}) not. */
    static int rehearse(PrintWriter err) throws IOException, InterruptedException {
        Path index = Files.createTempDirectory("lede-rehearsal");
        StringWriter serverOutput = new StringWriter();
        Thread server = null;
        try {
            int port = freeLoopbackPort();
            server = Thread.ofPlatform()
                    .daemon()
                    .name("rehearsed-serve")
                    .start(() -> serve(index, port, new PrintWriter(serverOutput, true)));
            String failure = visit(port, server);
            if (failure == null) {
                return 0;
            }
            err.println("lede: the server's rehearsal failed: " + failure);
            err.print(serverOutput);
            err.flush();
            return 1;
        } finally {
            stop(server);
            deleteTree(index);
        }
    }

    /** Stops the server before its index is deleted, so that no background refresh looks for it afterwards. */
    private static void stop(Thread server) throws InterruptedException {
        if (server != null) {
            server.interrupt();
            server.join(STOP_WITHIN.toMillis());
        }
    }

    /**
     * Runs {@code lede serve} on {@code index} until the JVM ends or its thread is interrupted; what it prints goes to
     * {@code output}.
     */
    private static void serve(Path index, int port, PrintWriter output) {
        String[] args = {"--log-level", "warn", "serve", "--index", index.toString(), "--port", Integer.toString(port)};
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(output);
        commandLine.setErr(output);
        commandLine.execute(args);
    }

    /** Asks for each of {@link #REQUESTS} once the server is up; what went wrong, or {@code null} when nothing did. */
    private static String visit(int port, Thread server) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        if (!awaitReady(client, base, server)) {
            return server.isAlive()
                    ? "it did not answer within " + READY_WITHIN.toSeconds() + " s"
                    : "it stopped before answering";
        }
        for (String path : REQUESTS) {
            int status = status(client, base + path);
            if (status != 200) {
                return path + " answered " + status;
            }
        }
        return null;
    }

    private static boolean awaitReady(HttpClient client, String base, Thread server) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            if (status(client, base + "/api/health") == 200) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** The status {@code url} answers, or -1 when the server cannot be reached (yet). */
    private static int status(HttpClient client, String url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
