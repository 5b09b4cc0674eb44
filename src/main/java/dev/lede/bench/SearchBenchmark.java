package dev.lede.bench;

import dev.lede.model.SearchPage;
import dev.lede.model.SearchRequest;
import dev.lede.search.ArticleSearch;
import dev.lede.web.LedeServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a query mix against Lede two ways on the same index: over HTTP through a real {@link LedeServer} (started here
 * on 127.0.0.1, or one already serving at {@code Settings.url}), and through {@link ArticleSearch} in this JVM, with no
 * HTTP and no JSON, so that the difference is the server's own cost. After a warm-up it checks that both paths find
 * the same number of articles per query, then measures each variant at each client count. Beside them it times the
 * {@linkplain #EMPTY_SEARCH empty search} over the same HTTP path: the floor under every cell, what the client, the
 * server's HTTP and JSON cost when the search costs nothing.
 */
public final class SearchBenchmark {

    /** The measurements' path of the {@linkplain #EMPTY_SEARCH empty search}. */
    public static final String FLOOR_PATH = "http-floor";

    /** The cheapest request {@code /api/search} answers: no words, no facets, no hits, no snippets. */
    static final String EMPTY_SEARCH = "/api/search?size=0&facets=&highlight=false";

    private static final String EMPTY_SEARCH_VARIANT = "empty_search";

    /**
     * @param url a running {@code lede serve} to time instead of one started here, or {@code null}
     * @param globalWarmups un-timed passes over every variant and both paths, two clients, before anything is kept
     * @param client what sends the requests over HTTP
     */
    public record Settings(
            List<Integer> clients, int passes, int globalWarmups, List<String> variants, URI url, Client client) {

        /** Timed with the JDK's client, as solr-peer times Solr. */
        public Settings(List<Integer> clients, int passes, int globalWarmups, List<String> variants, URI url) {
            this(clients, passes, globalWarmups, variants, url, Client.JDK);
        }
    }

    /**
     * The HTTP client of the timed requests: {@code jdk} ({@code java.net.http}, the client solr-peer times Solr
     * with, so the one to compare engines by) or {@code socket} ({@link BlockingHttp}, which costs the least beside
     * the server, so the one that shows the server's own HTTP and JSON cost).
     */
    public enum Client {
        JDK,
        SOCKET;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final ArticleSearch search;
    private final List<QuerySpec> queries;
    private final Settings settings;
    private final PrintWriter progress;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public SearchBenchmark(ArticleSearch search, Path mix, Settings settings, PrintWriter progress) throws IOException {
        this.search = search;
        this.queries = QueryMix.read(mix);
        this.settings = settings;
        this.progress = progress;
        settings.variants().forEach(SearchBenchmark::variant);
    }

    public SearchReport run() throws IOException, InterruptedException {
        if (settings.url() != null) {
            return runAgainst(settings.url());
        }
        LedeServer server = new LedeServer(search, "127.0.0.1", 0).start();
        try {
            return runAgainst(URI.create("http://127.0.0.1:" + server.port()));
        } finally {
            server.stop();
        }
    }

    private SearchReport runAgainst(URI base) throws IOException, InterruptedException {
        try (BlockingHttp sockets = new BlockingHttp(base)) {
            return runAgainst(base, sockets);
        }
    }

    private SearchReport runAgainst(URI base, BlockingHttp sockets) throws IOException, InterruptedException {
        SearchReport.Builder report = new SearchReport.Builder(search.articleCount(), queries.size(), settings);
        List<Prepared> prepared = new ArrayList<>();
        for (String label : settings.variants()) {
            prepared.add(prepare(variant(label), base, sockets));
        }
        HttpRequest emptyCall =
                HttpRequest.newBuilder(base.resolve(EMPTY_SEARCH)).GET().build();
        LoadRunner.Call emptySearch = index -> send(emptyCall, EMPTY_SEARCH, sockets, "the empty search");
        for (int pass = 0; pass < settings.globalWarmups(); pass++) {
            LoadRunner.measure(FLOOR_PATH, EMPTY_SEARCH_VARIANT, queries.size(), 2, 1, emptySearch);
            for (Prepared variant : prepared) {
                LoadRunner.measure("http", variant.label(), queries.size(), 2, 1, variant::overHttp);
                LoadRunner.measure("in-jvm", variant.label(), queries.size(), 2, 1, variant::inJvm);
            }
            progress.printf("warm-up pass %d of %d done%n", pass + 1, settings.globalWarmups());
            progress.flush();
        }
        for (Prepared variant : prepared) {
            report.found(variant.label(), variant.numFound());
            for (int clients : settings.clients()) {
                report.add(LoadRunner.measure(
                        "http", variant.label(), queries.size(), clients, settings.passes(), variant::overHttp));
                report.add(LoadRunner.measure(
                        "in-jvm", variant.label(), queries.size(), clients, settings.passes(), variant::inJvm));
                progress.printf("%s at %d client(s) done%n", variant.label(), clients);
                progress.flush();
            }
        }
        // Last, when the JVM is warmest: timed first, the floor came out below cells that do more than it does.
        for (int clients : settings.clients()) {
            report.add(LoadRunner.measure(
                    FLOOR_PATH, EMPTY_SEARCH_VARIANT, queries.size(), clients, settings.passes(), emptySearch));
        }
        return report.build();
    }

    private Prepared prepare(MixVariant variant, URI base, BlockingHttp sockets) {
        List<SearchRequest> requests = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<HttpRequest> calls = new ArrayList<>();
        for (QuerySpec query : queries) {
            SearchRequest request = LedeQueries.request(query, variant);
            requests.add(request);
            String path = "/api/search?" + LedeQueries.queryString(request);
            paths.add(path);
            calls.add(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        }
        return new Prepared(variant.label(), requests, calls, paths, sockets);
    }

    /** The body of a {@code 200} answer to {@code call} (or {@code path} on the sockets); anything else throws. */
    private byte[] send(HttpRequest call, String path, BlockingHttp sockets, String what)
            throws IOException, InterruptedException {
        BlockingHttp.Response response;
        if (settings.client() == Client.SOCKET) {
            response = sockets.get(path);
        } else {
            HttpResponse<byte[]> answer = http.send(call, HttpResponse.BodyHandlers.ofByteArray());
            response = new BlockingHttp.Response(answer.statusCode(), answer.body());
        }
        if (response.status() != 200) {
            throw new IOException(
                    what + ": HTTP " + response.status() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private static MixVariant variant(String label) {
        return MixVariant.byLabel(label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "variants are full, facets_only and sort_published, not '" + label + "'"));
    }

    /** One variant's queries, ready to send both ways. */
    private final class Prepared {
        private final String label;
        private final List<SearchRequest> requests;
        private final List<HttpRequest> calls;
        private final List<String> paths;
        private final BlockingHttp sockets;

        Prepared(
                String label,
                List<SearchRequest> requests,
                List<HttpRequest> calls,
                List<String> paths,
                BlockingHttp sockets) {
            this.label = label;
            this.requests = requests;
            this.calls = calls;
            this.paths = paths;
            this.sockets = sockets;
        }

        String label() {
            return label;
        }

        void inJvm(int index) throws IOException {
            search.search(requests.get(index));
        }

        void overHttp(int index) throws IOException, InterruptedException {
            send(index);
        }

        private byte[] send(int index) throws IOException, InterruptedException {
            return SearchBenchmark.this.send(
                    calls.get(index),
                    paths.get(index),
                    sockets,
                    "query " + queries.get(index).id());
        }

        /** Each query's numFound in this JVM and over HTTP; a failed query is an error row, not an abort. */
        List<SearchReport.Found> numFound() throws InterruptedException {
            List<SearchReport.Found> found = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                String id = queries.get(i).id();
                try {
                    SearchPage inJvm = search.search(requests.get(i));
                    long overHttp = SearchReport.total(send(i));
                    found.add(new SearchReport.Found(id, inJvm.total(), overHttp, SearchReport.facetsOf(inJvm), null));
                } catch (IOException | RuntimeException e) {
                    found.add(new SearchReport.Found(id, -1, -1, null, e.getMessage()));
                }
            }
            return found;
        }
    }
}
