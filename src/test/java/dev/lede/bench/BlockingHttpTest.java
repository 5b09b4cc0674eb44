package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's socket client against a canned server: lengths, chunks, statuses and a closed connection. */
class BlockingHttpTest {

    @Test
    void readsBodiesByLengthAndInChunksOverOneKeptAliveConnection() throws Exception {
        String chunked =
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + "4\r\n{\"a\"\r\n3;ext=1\r\n:1}\r\n0\r\n\r\n";
        String sized = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        try (Canned server = new Canned(List.of(chunked, sized));
                BlockingHttp http = new BlockingHttp(server.uri())) {
            BlockingHttp.Response first = http.get("/a?q=1");
            assertEquals(200, first.status());
            assertEquals("{\"a\":1}", new String(first.body(), StandardCharsets.UTF_8));
            BlockingHttp.Response second = http.get("/b");
            assertEquals(404, second.status());
            assertEquals("{}", new String(second.body(), StandardCharsets.UTF_8));
            assertEquals(1, server.connections, "both requests went over the same connection");
        }
    }

    @Test
    void aConnectionClosedBeforeTheAnswerIsAnError() throws Exception {
        try (Canned server = new Canned(List.of());
                BlockingHttp http = new BlockingHttp(server.uri())) {
            assertThrows(EOFException.class, () -> http.get("/"));
        }
    }

    /** Answers each request on one connection with the next canned response, then closes it. */
    private static final class Canned implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final Thread thread;
        private volatile int connections;

        Canned(List<String> responses) throws IOException {
            thread = Thread.ofPlatform().daemon().start(() -> {
                try (Socket client = socket.accept()) {
                    connections++;
                    InputStream in = client.getInputStream();
                    OutputStream out = client.getOutputStream();
                    for (String response : responses) {
                        readRequest(in);
                        out.write(response.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    readRequest(in);
                } catch (IOException ignored) {
                    // the test is over
                }
            });
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private static void readRequest(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < end.length) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                matched = c == end[matched] ? matched + 1 : (c == end[0] ? 1 : 0);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            thread.interrupt();
        }
    }
}
