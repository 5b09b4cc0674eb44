package dev.lede.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The leanest HTTP/1.1 client the benchmark can have: one keep-alive socket per client thread, the request written and
 * the answer read on that thread. {@code java.net.http} hands every exchange between the caller, its selector thread
 * and its executor, which on two cores costs a few tenths of a millisecond a request beside the server; this client
 * leaves that out, so that what it times is the server's own HTTP and JSON cost. It speaks only what {@code lede
 * serve} answers a GET with: a status line, headers, and a body by {@code Content-Length} or in chunks.
 */
final class BlockingHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();

    BlockingHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** GETs {@code pathAndQuery} on this thread's connection and returns the status and the body. */
    Response get(String pathAndQuery) throws IOException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = new Connection(new Socket(host, port));
            connections.set(connection);
            synchronized (opened) {
                opened.add(connection);
            }
        }
        return connection.exchange(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    record Response(int status, byte[] body) {}

    @Override
    public void close() throws IOException {
        synchronized (opened) {
            for (Connection connection : opened) {
                connection.socket.close();
            }
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            int length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(
                            header.substring("content-length:".length()).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            return new Response(status, chunked ? chunks() : in.readNBytes(Math.max(length, 0)));
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private int chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
