package dev.lede.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.index.lucene.LuceneIndexWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real indexer JVM SIGKILLed at several points keeps an index that opens with everything it committed, and a rerun
 * converges to exactly what an uninterrupted run writes.
 */
class KillAndResumeTest {

    private static final int FILES = 6;
    private static final int ARTICLES_PER_FILE = 400;
    private static final int COMMIT_EVERY = 200;

    @TempDir
    Path work;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anIndexerKilledAtSeveralPointsResumesToExactlyTheUninterruptedResult() throws Exception {
        Path input = generateInput(work.resolve("input"));
        Path reference = work.resolve("reference");
        assertEquals(0, runToEnd(input, reference, work.resolve("reference.log")), "uninterrupted run");
        TreeMap<String, String> expected = IndexerProcess.storedDocuments(reference);
        assertEquals(FILES * ARTICLES_PER_FILE, expected.size());

        Path index = work.resolve("killed");
        int[] killAfterCommitted = {0, COMMIT_EVERY, FILES * ARTICLES_PER_FILE / 2};
        boolean lastKilledAlive = false;
        int killedWithPartOfTheWorkCommitted = 0;
        for (int i = 0; i < killAfterCommitted.length; i++) {
            Path log = work.resolve("kill-" + i + ".log");
            Process child = IndexerProcess.start(log, arguments(input, index));
            int seen = waitForCommitted(index, killAfterCommitted[i], child);
            lastKilledAlive = child.isAlive();
            child.destroyForcibly().waitFor();

            TreeMap<String, String> kept = IndexerProcess.storedDocuments(index);
            if (lastKilledAlive && kept.size() > 0 && kept.size() < expected.size()) {
                killedWithPartOfTheWorkCommitted++;
            }
            assertTrue(kept.size() >= seen, "a commit seen before the kill is kept: " + kept.size() + " < " + seen);
            for (Map.Entry<String, String> article : kept.entrySet()) {
                assertEquals(expected.get(article.getKey()), article.getValue(), "article " + article.getKey());
            }
        }

        assertTrue(killedWithPartOfTheWorkCommitted > 0, "at least one kill fell in the middle of the run");

        Path terminatedLog = work.resolve("terminated.log");
        Process terminated = IndexerProcess.start(terminatedLog, arguments(input, index));
        waitForOutput(terminatedLog, "Indexing [", terminated);
        terminated.destroy();
        assertTrue(terminated.waitFor(2, TimeUnit.MINUTES), "SIGTERM ends the run");
        String terminatedOutput = IndexerProcess.output(terminatedLog);
        if (lastKilledAlive) {
            assertTrue(terminatedOutput.contains("stopped without finishing"), terminatedOutput);
        }
        assertEquals(
                "finished", IndexerProcess.lastCommitRun(index), "SIGTERM commits and closes: " + terminatedOutput);
        TreeMap<String, String> keptAfterTerm = IndexerProcess.storedDocuments(index);
        keptAfterTerm.forEach((id, stored) -> assertEquals(expected.get(id), stored, "article " + id));

        Path resumedLog = work.resolve("resumed.log");
        assertEquals(0, runToEnd(input, index, resumedLog), IndexerProcess.output(resumedLog));
        assertEquals(expected, IndexerProcess.storedDocuments(index));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aSecondLiveIndexerIsRefusedWithOneClearLine() throws Exception {
        Path input = generateInput(work.resolve("input"));
        Path index = work.resolve("index");
        try (LuceneIndexWriter first = LuceneIndexWriter.open(index)) {
            Path log = work.resolve("second.log");
            assertEquals(1, runToEnd(input, index, log));
            String output = IndexerProcess.output(log);
            assertTrue(
                    output.lines().anyMatch(line -> line.startsWith("lede: another indexer is writing to " + index)),
                    output);
            assertTrue(!output.contains("\tat "), "no stack trace: " + output);
        }
    }

    private static String[] arguments(Path input, Path index) {
        return new String[] {
            "--nlp",
            "off",
            "--entities",
            "nlp",
            "--quiet",
            "--commit-every",
            Integer.toString(COMMIT_EVERY),
            "--index",
            index.toString(),
            input.toString()
        };
    }

    private static int runToEnd(Path input, Path index, Path log) throws Exception {
        Process child = IndexerProcess.start(log, arguments(input, index));
        assertTrue(child.waitFor(2, TimeUnit.MINUTES), "indexer finished: " + IndexerProcess.output(log));
        return child.exitValue();
    }

    private static void waitForOutput(Path log, String text, Process child) throws Exception {
        while (!IndexerProcess.output(log).contains(text) && child.isAlive()) {
            Thread.sleep(20);
        }
    }

    /** Waits until the child's last commit holds at least {@code articles} (or it ended); returns what it holds. */
    private static int waitForCommitted(Path index, int articles, Process child) throws Exception {
        int committed = IndexerProcess.committedCount(index);
        while (committed < articles && child.isAlive()) {
            Thread.sleep(20);
            committed = IndexerProcess.committedCount(index);
        }
        return committed;
    }

    private static Path generateInput(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int file = 0; file < FILES; file++) {
            StringBuilder lines = new StringBuilder();
            for (int n = 0; n < ARTICLES_PER_FILE; n++) {
                int id = file * ARTICLES_PER_FILE + n;
                lines.append(String.format(
                        "{\"id\":\"a%d\",\"title\":\"Harbour report %d\",\"body\":\"The harbour board met on day %d"
                                + " and agreed on fees for berth %d, the %d ships waiting and the dredging of channel"
                                + " %d.\",\"published\":\"2024-01-%02dT10:00:00Z\",\"source\":\"Port Gazette\"}%n",
                        id, id, id % 28 + 1, id % 97, id % 13, id % 7, id % 28 + 1));
            }
            Files.writeString(folder.resolve("part-" + file + ".jsonl"), lines);
        }
        return folder;
    }
}
