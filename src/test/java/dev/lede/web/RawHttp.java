package dev.lede.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP/1.1 as raw bytes, for requests the JDK's client refuses to send: another Host, a malformed escape. */
final class RawHttp {

    private RawHttp() {}

    /** Sends {@code request} (head and body) to the loopback port and returns the whole response as text. */
    static String send(int port, String request, Duration timeout) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String get(int port, String host, String path) throws IOException {
        return send(
                port,
                "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                Duration.ofSeconds(30));
    }

    /** The body of a raw response that was not sent in chunks. */
    static String body(String response) {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? "" : response.substring(end + 4);
    }

    /** The status code of a raw response, or -1 when there is no status line. */
    static int status(String response) {
        String[] statusLine = response.split(" ", 3);
        return statusLine.length < 2 || !statusLine[1].matches("\\d{3}") ? -1 : Integer.parseInt(statusLine[1]);
    }
}
