package dev.lede.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SampleIndex;
import dev.lede.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's fuzz test: seeded random and hostile requests to every route, sent as raw bytes so that malformed
 * escapes and odd headers reach the server. None may answer 5xx (but the documented 503), show a stack trace or a
 * class name, or take longer than the search time limit plus a second. A failure prints the seed and the request.
 */
class HostileRequestFuzzTest {

    private static final long SEED = Long.getLong("lede.fuzz.seed", 20_261_130L);
    private static final int REQUESTS = 1_200;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[a-z]+\\.|\\b(java|javax|com\\.fasterxml|org\\.eclipse|org\\.apache|io\\.javalin|dev\\.lede)"
                    + "\\.[a-z]|[A-Z][A-Za-z]+(Exception|Error)\\b");

    private static final List<String> VALUES = List.of(
            "",
            " ",
            "tram",
            "Ingrid Solberg",
            "+999999999-12-31",
            "-999999999-01-01",
            "0000-01-01",
            "10000-01-01",
            "2025-02-30",
            "2025-13-01",
            "-1",
            "0",
            "2147483648",
            "99999999999999999999",
            "1e9",
            "NaN",
            "true",
            "/a{1,99999999}/",
            "/.*/",
            "/[a-z]+{1000}/",
            "[* TO *]",
            "{a TO z}",
            "\"* *\"",
            "\"a* b* c*\"~9",
            "*",
            "?",
            "*ation",
            "ab~",
            "zelensky~2",
            "((((((((",
            "\"",
            "\\",
            "AND OR NOT",
            "title:",
            "person:",
            "person:\"*\"",
            "place:*",
            "q=tram&place=Munich",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "' OR 1=1 --",
            "../../etc/passwd",
            "%2e%2e%2f",
            "\u0000\u0001\u001b[31m",
            "\uD83D\uDE00 \u202Eevil",
            "e\u0301\u0301\u0301",
            "\uFFFF\uFFFE",
            "a".repeat(2_000),
            "word ".repeat(300),
            "/x/".repeat(40),
            "fuzzy~ ".repeat(40),
            "person:x,place:y",
            "json,csv");
    private static final List<String> RAW = List.of("%u0041", "%", "%zz", "%00", "%ff%fe", "%C0%AF", ";", "a%2Fb");
    private static final List<String> PARAMETERS = List.of(
            "q",
            "person",
            "place",
            "country",
            "org",
            "source",
            "any",
            "exclude",
            "from",
            "to",
            "mentionedFrom",
            "mentionedTo",
            "sort",
            "page",
            "size",
            "facetLimit",
            "collapse",
            "cursor",
            "format",
            "prefix",
            "limit",
            "kind");
    private static final List<String> ROUTES = List.of(
            "GET /api/health",
            "GET /api/search",
            "GET /api/export",
            "GET /api/facets/{v}",
            "GET /api/articles/{v}",
            "GET /api/articles/{v}/related",
            "GET /api/articles/{v}/duplicates",
            "GET /api/entities/{v}/{v}",
            "GET /api/curation",
            "POST /api/curation",
            "DELETE /api/curation/{v}",
            "GET /api/saved",
            "POST /api/saved",
            "DELETE /api/saved/{v}",
            "GET /feeds/{v}",
            "POST /api/batch",
            "PUT /api/search",
            "PATCH /api/saved/{v}",
            "GET /{v}");
    private static final List<String> BODIES = List.of(
            "",
            "null",
            "[]",
            "{}",
            "\"text\"",
            "{\"action\":\"merge\",\"field\":\"person\",\"value\":\"A\",\"target\":\"B\"}",
            "{\"action\":\"block\",\"field\":\"place\",\"value\":\"Lyon\"}",
            "{\"action\":\"merge\",\"field\":\"person\",\"value\":{\"a\":1},\"target\":[1]}",
            "{\"action\":7,\"field\":null}",
            "{\"name\":\"fuzz\",\"query\":\"q=tram\"}",
            "{\"name\":\"fuzz\",\"query\":\"q=/a{1,99999999}/\"}",
            "{\"name\":\"fuzz\",\"query\":\"from=+999999999-12-31\"}",
            "{\"name\":\"" + "n".repeat(500) + "\",\"query\":\"x\"}",
            "{\"name\":\"fuzz\",\"query\":\"q=tram\",\"extra\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}",
            "{\"unterminated\":",
            "tram\n\"* *\"\n/.*/\n[* TO *]\n",
            "query\nIngrid Solberg\nperson:\"Ingrid Solberg\"\n",
            "\u0000\u0001\u0002",
            "name,query\n=1+1,@SUM(A1)\n");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/json", "text/plain", "text/csv", "application/x-www-form-urlencoded", "", "application/xml");

    @TempDir
    Path indexDir;

    @Test
    void hostileRequestsToEveryRouteGetNoServerErrorNoLeakAndAnAnswerInTime() throws Exception {
        copy(SampleIndex.get().indexDir, indexDir);
        Random random = new Random(SEED);
        try (TestServer server = new TestServer(
                indexDir, defences -> defences.withWriteToken(TestServer.TOKEN).withSearchTimeLimit(TIME_LIMIT))) {
            int port =
                    Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
            List<String> failures = new ArrayList<>();
            int busy = 0;
            for (int i = 0; i < REQUESTS; i++) {
                String request = request(random, port);
                long started = System.nanoTime();
                String response = RawHttp.send(port, request, TIME_LIMIT.plusSeconds(5));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                String what = "seed " + SEED + ", request " + i + ":\n" + shorten(request) + "\n→ " + shorten(response);
                int status = RawHttp.status(response);
                if (status == 503) {
                    busy++;
                }
                if (status < 200 || (status >= 500 && !isDocumentedBusy(status, response))) {
                    failures.add("server error; " + what);
                } else if (LEAK.matcher(response).find()) {
                    failures.add("names a class or shows a stack trace; " + what);
                } else if (took.compareTo(TIME_LIMIT.plusSeconds(1)) > 0) {
                    failures.add("took " + took + "; " + what);
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n\n", failures));
            assertTrue(busy * 20 < REQUESTS, busy + " answers of 503: one at a time, the server should rarely be busy");
        }
    }

    private static boolean isDocumentedBusy(int status, String response) {
        return status == 503 && response.contains("Retry-After:") && response.contains("\"error\"");
    }

    private static String request(Random random, int port) {
        String route = pick(random, ROUTES);
        String method = route.substring(0, route.indexOf(' '));
        StringBuilder target = new StringBuilder();
        for (String part : route.substring(route.indexOf(' ') + 1).split("\\{v}", -1)) {
            if (!target.isEmpty()) {
                target.append(pathValue(random));
            }
            target.append(part);
        }
        target.append(query(random));
        String body = method.equals("GET") || random.nextInt(8) == 0 ? "" : pick(random, BODIES);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        if (random.nextInt(4) != 0) {
            head.append("Authorization: Bearer ").append(TestServer.TOKEN).append("\r\n");
        }
        String type = random.nextInt(3) == 0 ? pick(random, CONTENT_TYPES) : "application/json";
        if (!body.isEmpty() && !type.isEmpty()) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("Origin: http://evil.example\r\n");
        }
        head.append("Content-Length: ")
                .append(body.getBytes(StandardCharsets.UTF_8).length)
                .append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return head + body;
    }

    private static String pathValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, RAW);
            case 1 -> pick(random, List.of("person", "place", "org", "country", "source", "p1", "1", "fuzz.atom"));
            default -> encode(pick(random, VALUES));
        };
    }

    private static String query(Random random) {
        int count = random.nextInt(6);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = pick(random, PARAMETERS);
            int repeats = random.nextInt(10) == 0 ? 30 : 1;
            for (int r = 0; r < repeats; r++) {
                String value = random.nextInt(12) == 0 ? pick(random, RAW) : encode(pick(random, VALUES));
                pairs.add(name + "=" + value);
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String shorten(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
