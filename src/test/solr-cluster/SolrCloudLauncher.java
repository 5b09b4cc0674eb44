import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a real SolrCloud for Lede's tests, in a JVM of its own (Solr 9 brings Lucene 9): run as a single source file,
 * {@code java -cp <classpath of pom.xml beside it> SolrCloudLauncher.java <nodes> <base folder>}. It prints
 * {@code zk <host:port/chroot>}, one {@code node <url>} per Solr node and then {@code ready}; afterwards it reads
 * commands from standard input ({@code stop <n>} and {@code start <n>}, answered by {@code stopped <n>} or
 * {@code started <n> <url>}), and shuts the cluster down at the end of its input, so that it never outlives the test
 * JVM that started it.
 */
public final class SolrCloudLauncher {

    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path base = Files.createDirectories(Path.of(args[1]));
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        try {
            System.out.println("zk " + cluster.getZkServer().getZkAddress());
            for (JettySolrRunner node : cluster.getJettySolrRunners()) {
                System.out.println("node " + node.getBaseUrl());
            }
            System.out.println("ready");
            System.out.flush();
            serveCommands(cluster);
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }

    private static void serveCommands(MiniSolrCloudCluster cluster) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split(" ");
            int index = words.length == 2 ? Integer.parseInt(words[1]) : -1;
            switch (words[0]) {
                case "stop" -> {
                    cluster.waitForJettyToStop(cluster.stopJettySolrRunner(index));
                    System.out.println("stopped " + index);
                }
                case "start" -> {
                    JettySolrRunner node = cluster.getJettySolrRunner(index);
                    cluster.startJettySolrRunner(node);
                    cluster.waitForNode(node, 60);
                    System.out.println("started " + index + " " + node.getBaseUrl());
                }
                default -> System.out.println("unknown " + line);
            }
            System.out.flush();
        }
    }
}
