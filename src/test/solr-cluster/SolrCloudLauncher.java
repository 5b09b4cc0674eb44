import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a real SolrCloud for Lede's tests, in a JVM of its own (Solr 9 brings Lucene 9): run as a single source file,
 * {@code java -cp <classpath of pom.xml beside it> SolrCloudLauncher.java <nodes> <base folder>}. It prints
 * {@code zk <host:port/chroot>}, one {@code node <url>} per Solr node and then {@code ready}; afterwards it reads
 * commands from standard input ({@code stop <n>} and {@code start <n>}, answered by {@code stopped <n>} or
 * {@code started <n> <url>}, or {@code failed <n> <reason>}), and shuts the cluster down at the end of its input, so
 * that it never outlives the test JVM that started it. Nodes keep the numbers they started with.
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
            serveCommands(cluster, List.copyOf(cluster.getJettySolrRunners()));
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }

    private static void serveCommands(MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split(" ");
            int index = words.length == 2 ? Integer.parseInt(words[1]) : -1;
            try {
                switch (words[0]) {
                    case "stop" -> {
                        // The cluster forgets a stopped node's number, so nodes are named by their first one.
                        cluster.waitForJettyToStop(cluster.stopJettySolrRunner(nodes.get(index)));
                        System.out.println("stopped " + index);
                    }
                    case "start" -> {
                        JettySolrRunner node = cluster.startJettySolrRunner(nodes.get(index), true);
                        cluster.waitForNode(node, 60);
                        System.out.println("started " + index + " " + node.getBaseUrl());
                    }
                    default -> System.out.println("unknown " + line);
                }
            } catch (Exception e) {
                System.out.println("failed " + index + " " + e);
            }
            System.out.flush();
        }
    }
}
