package dev.lede;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud (Solr 9's {@code MiniSolrCloudCluster}: 2 nodes and an embedded ZooKeeper on 127.0.0.1) in a JVM of
 * its own, since Solr 9 brings Lucene 9. Its classpath is resolved by Maven from {@code src/test/solr-cluster/pom.xml}
 * and {@code SolrCloudLauncher.java} beside it runs as a single source file. Started once per test run through
 * {@link SolrCloudExtension}, which also stops it when the run ends.
 */
public final class SolrTestCluster implements AutoCloseable {

    public static final int NODES = 2;

    private static final Path SETUP = Path.of("src/test/solr-cluster");
    private static final Path WORK = Path.of("target/solr-cluster");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private static SolrTestCluster running;
    /** Why the cluster cannot run here, once a start failed. */
    private static String unavailable;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String zkHost;
    private final List<String> nodeUrls = new ArrayList<>();
    private final Duration startedIn;

    private SolrTestCluster(Process process) throws IOException, InterruptedException {
        long started = System.nanoTime();
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        Thread.ofVirtual().start(this::readLines);
        String zk = null;
        for (String line = next(START_LIMIT); !line.equals("ready"); line = next(START_LIMIT)) {
            if (line.startsWith("zk ")) {
                zk = line.substring(3);
            } else if (line.startsWith("node ")) {
                nodeUrls.add(line.substring(5));
            }
        }
        this.zkHost = zk;
        this.startedIn = Duration.ofNanos(System.nanoTime() - started);
    }

    /** The running cluster, started on the first call; {@code null} when it cannot run here. */
    public static synchronized SolrTestCluster get() {
        if (running == null && unavailable == null) {
            try {
                running = start();
                System.err.printf(
                        "SolrCloud test cluster started in %.1f s at %s%n",
                        running.startedIn.toMillis() / 1000.0, running.zkHost);
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
                System.err.println("No SolrCloud for the Solr tests, which are skipped: " + unavailable);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting";
            }
        }
        return running;
    }

    /** ZooKeeper's address with Solr's chroot, e.g. {@code 127.0.0.1:40123/solr}. */
    public String zkHost() {
        return zkHost;
    }

    public List<String> nodeUrls() {
        return List.copyOf(nodeUrls);
    }

    /** Stops node {@code index} (0-based) as a crash would, and waits until it is down. */
    public void stopNode(int index) throws IOException, InterruptedException {
        command("stop " + index, "stopped " + index);
    }

    /** Starts node {@code index} again and waits until it has joined the cluster. */
    public void startNode(int index) throws IOException, InterruptedException {
        command("start " + index, "started " + index);
    }

    private synchronized void command(String command, String answer) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        for (String line = next(START_LIMIT); !line.startsWith(answer); line = next(START_LIMIT)) {
            if (line.startsWith("unknown") || line.startsWith("failed")) {
                throw new IllegalStateException("the launcher could not " + command + ": " + line);
            }
        }
    }

    /** Why {@link #get()} gave no cluster. */
    static synchronized String whyUnavailable() {
        return unavailable;
    }

    /** Ends the launcher's input, on which it shuts the cluster down. */
    @Override
    public synchronized void close() throws IOException, InterruptedException {
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        running = null;
        unavailable = "stopped";
    }

    private static SolrTestCluster start() throws IOException, InterruptedException {
        String classpath = SolrClasspath.resolve(SETUP.resolve("pom.xml"), WORK.resolve("classpath.txt"));
        Path base = ScratchDirs.create("lede-solrcloud");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-Dsolr.log.dir=" + base.resolve("logs"),
                        "-cp",
                        classpath,
                        SETUP.resolve("SolrCloudLauncher.java").toString(),
                        String.valueOf(NODES),
                        base.resolve("nodes").toString())
                .redirectError(WORK.resolve("cluster.log").toFile())
                .start();
        try {
            return new SolrTestCluster(process);
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private void readLines() {
        try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // The launcher ended; next() reports it.
        }
    }

    /** The launcher's next line; fails as soon as the launcher has ended, or after {@code limit} of silence. */
    private String next(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
            if (!process.isAlive() && lines.isEmpty()) {
                throw new IOException("the SolrCloud launcher ended (exit " + process.exitValue() + "); see "
                        + WORK.resolve("cluster.log"));
            }
        }
        throw new IOException("the SolrCloud launcher said nothing for " + limit.toSeconds() + " s; see "
                + WORK.resolve("cluster.log"));
    }

    /** The SolrCloud's classpath, resolved by Maven once and kept in {@code target/}. */
    static final class SolrClasspath {
        private SolrClasspath() {}

        static String resolve(Path pom, Path file) throws IOException, InterruptedException {
            if (!Files.exists(file) || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(pom)) < 0) {
                Files.createDirectories(file.getParent());
                // Offline first (the usual case: the local repository has it), then from Maven Central.
                if (!maven(pom, file, "-o") && !maven(pom, file)) {
                    throw new IOException("Maven could not resolve the Solr test classpath from " + pom + "; see "
                            + file.resolveSibling("resolve.log"));
                }
            }
            return Files.readString(file).strip();
        }

        private static boolean maven(Path pom, Path file, String... extra) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("mvn", "-q", "-B"));
            command.addAll(List.of(extra));
            command.addAll(List.of(
                    "-f", pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + file.toAbsolutePath()));
            try {
                Process maven = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(file.resolveSibling("resolve.log").toFile())
                        .start();
                return maven.waitFor(5, TimeUnit.MINUTES) && maven.exitValue() == 0 && Files.exists(file);
            } catch (IOException mavenMissing) {
                return false;
            }
        }
    }
}
