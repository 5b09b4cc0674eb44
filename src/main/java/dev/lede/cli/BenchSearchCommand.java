package dev.lede.cli;

import dev.lede.bench.PeerHits;
import dev.lede.bench.PeerResults;
import dev.lede.bench.QueryTimes;
import dev.lede.bench.SearchBaseline;
import dev.lede.bench.SearchBenchmark;
import dev.lede.bench.SearchReport;
import dev.lede.search.lucene.LuceneArticleSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Replays a query mix against an index, over HTTP and in this JVM, at each client count.",
            "The mix is in the ../shared/bench/solr-peer JSON-lines format. Requests go over HTTP to a server started on"
                    + " 127.0.0.1 (or --url), and through the search in this JVM without HTTP or JSON, after a"
                    + " warm-up. Prints one JSON summary line, then a table."
        })
final class BenchSearchCommand implements Callable<Integer> {

    private static final int PER_QUERY_REPEATS = 5;

    /** The exit code when a cell got slower than the baseline by more than {@code --max-slowdown}. */
    static final int SLOWER_THAN_BASELINE = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Option(names = "--queries", paramLabel = "FILE", required = true, description = "The query mix to replay.")
    Path queries;

    @Option(
            names = "--clients",
            paramLabel = "N,…",
            split = ",",
            defaultValue = "1,2,4",
            description = "Client counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "3",
            description = "Timed passes over the mix per cell (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "3",
            description = "Un-timed passes over every variant and both paths first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--variants",
            paramLabel = "V,…",
            split = ",",
            defaultValue = "full,facets_only,sort_published",
            description = "Variants of each query (default: ${DEFAULT-VALUE}).")
    List<String> variants;

    @Option(
            names = "--url",
            paramLabel = "URL",
            description = "Time this running lede serve (same index) instead of a server started here.")
    URI url;

    @Option(
            names = "--http-client",
            paramLabel = "jdk|socket",
            defaultValue = "jdk",
            description = "What sends the HTTP requests: jdk (java.net.http, as solr-peer times Solr) or socket (one"
                    + " blocking connection per client, the least client cost; default: ${DEFAULT-VALUE}).")
    String httpClient;

    @Option(
            names = "--compare-hits",
            paramLabel = "FILE",
            description = "A solr-peer results-*.hits.jsonl (or an earlier --hits file): report per variant how many"
                    + " numFound and facet counts agree.")
    Path peerHits;

    @Option(
            names = "--hits",
            paramLabel = "FILE",
            description = "Write each query's numFound and facet counts here, one JSON line each (solr-peer's shape).")
    Path hits;

    @Option(
            names = "--search-threads",
            paramLabel = "N",
            description = "Threads one search may spread the index's segments over while fewer searches than that run"
                    + " (default: 1, off, as in lede serve).")
    Integer searchThreads;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON summary to this file.")
    Path json;

    @Option(
            names = "--per-query",
            paramLabel = "FILE",
            description = "After the benchmark, time each query of each variant alone in this JVM (best of 5) and write"
                    + " the times here, slowest first, one JSON line each; the share of each kind of query is printed.")
    Path perQuery;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "An earlier run's --json summary (same index, mix and machine): print each cell's QPS now"
                    + " against it, and exit with 3 when a cell lost more than --max-slowdown.")
    Path baseline;

    @Option(
            names = "--max-slowdown",
            paramLabel = "PERCENT",
            defaultValue = "25",
            description = "How much of a cell's QPS a run may lose against --baseline before it counts as slower;"
                    + " one run on a shared machine moves by up to a quarter (default: ${DEFAULT-VALUE}).")
    double maxSlowdown;

    @Option(
            names = "--peer",
            paramLabel = "FILE",
            description = "A solr-peer results-*.json of the same corpus and mix: print each HTTP cell's QPS and p99"
                    + " as a ratio of the peer's, against --qps-target and --p99-target; its hits file is compared"
                    + " as by --compare-hits unless that option names another.")
    Path peer;

    @Option(
            names = "--qps-target",
            paramLabel = "X",
            defaultValue = "3",
            description = "With --peer: the multiple of the peer's QPS a cell should reach (default: ${DEFAULT-VALUE};"
                    + " issue 11 asks 2.5 at a million articles).")
    double qpsTarget;

    @Option(
            names = "--p99-target",
            paramLabel = "X",
            defaultValue = "0.5",
            description = "With --peer: the share of the peer's p99 a cell should stay within (default:"
                    + " ${DEFAULT-VALUE}).")
    double p99Target;

    private SearchBenchmark.Client client() {
        return switch (httpClient) {
            case "jdk" -> SearchBenchmark.Client.JDK;
            case "socket" -> SearchBenchmark.Client.SOCKET;
            default ->
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--http-client is jdk or socket, not '" + httpClient + "'");
        };
    }

    @Override
    public Integer call() throws Exception {
        if (passes < 1
                || warmup < 0
                || clients.stream().anyMatch(n -> n < 1)
                || (searchThreads != null && searchThreads < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--passes, --search-threads and every --clients count must be at least 1, --warmup at least 0");
        }
        if (maxSlowdown <= 0 || maxSlowdown >= 100) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--max-slowdown is a percentage above 0 and below 100");
        }
        SearchBaseline before = readBaseline();
        PeerResults peerRun = readPeer();
        PrintWriter err = spec.commandLine().getErr();
        SearchReport report;
        int threads = searchThreads == null ? LuceneArticleSearch.DEFAULT_SEGMENT_THREADS : searchThreads;
        // Opened as serve opens it (time limit, snapshots refreshed in the background), so that what is timed is
        // what a server does.
        try (LuceneArticleSearch search = LuceneArticleSearch.open(
                        index.config().indexDir())
                .limitTimeTo(index.config().defences().searchTimeLimit())
                .refreshInBackground(ServeCommand.SNAPSHOT_REFRESH)
                .searchSegmentsWith(threads)) {
            SearchBenchmark benchmark = new SearchBenchmark(
                    search,
                    queries,
                    new SearchBenchmark.Settings(clients, passes, warmup, variants, url, client()),
                    err);
            report = benchmark.run();
            if (perQuery != null) {
                List<QueryTimes.Timed> times = QueryTimes.measure(search, queries, variants, PER_QUERY_REPEATS);
                QueryTimes.write(times, perQuery);
                err.println("time per kind of query, in this JVM: " + QueryTimes.shareByKind(times));
                err.flush();
            }
        }
        Path hitsToCompare = peerHits != null
                ? peerHits
                : peerRun == null ? null : peerRun.hitsFile().orElse(null);
        if (hitsToCompare != null) {
            report.compareWith(PeerHits.read(hitsToCompare));
        }
        if (hits != null) {
            Files.writeString(hits, report.hitsJsonLines(), StandardCharsets.UTF_8);
        }
        String summary = report.json();
        if (json != null) {
            Files.writeString(json, summary + "\n", StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary);
        out.println();
        out.print(report.table());
        if (peerRun != null) {
            out.println();
            out.print(peerRun.compare(report, new PeerResults.Targets(qpsTarget, p99Target))
                    .table());
        }
        int exitCode = 0;
        if (before != null) {
            SearchBaseline.Comparison comparison = before.compare(report, maxSlowdown / 100);
            out.println();
            out.print(comparison.table());
            exitCode = comparison.slower().isEmpty() ? 0 : SLOWER_THAN_BASELINE;
        }
        out.flush();
        return exitCode;
    }

    private PeerResults readPeer() {
        if (peer != null && (qpsTarget <= 0 || p99Target <= 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--qps-target and --p99-target are above 0");
        }
        return readJson("--peer", peer, PeerResults::read);
    }

    private SearchBaseline readBaseline() {
        return readJson("--baseline", baseline, SearchBaseline::read);
    }

    /** An option's JSON file read, {@code null} when not given; a file of the wrong kind is a usage error. */
    private <T> T readJson(String option, Path file, JsonReader<T> reader) {
        if (file == null) {
            return null;
        }
        try {
            return reader.read(file);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + ": cannot read " + file + " as JSON (" + e.getMessage() + ")");
        }
    }

    @FunctionalInterface
    private interface JsonReader<T> {
        T read(Path file) throws IOException;
    }
}
