package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code search} and {@code serve} pointed at a folder that is not an index: one line, non-zero, nothing created. */
class IndexFolderCommandTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    @Test
    void searchOnAMistypedIndexFolderSaysSoInOneLineAndCreatesNothing() {
        Path mistyped = folder.resolve("indx");
        assertEquals(1, run("search", "--index", mistyped.toString(), "ferry"));
        assertEquals(
                "lede: No index at " + mistyped + ": index articles there first (lede index).",
                err.toString().strip());
        assertTrue(Files.notExists(mistyped));
    }

    @Test
    void serveOnAFolderOfOtherFilesSaysItIsNotAnIndexAndLeavesItAlone() throws Exception {
        Files.writeString(folder.resolve("article.txt"), "Ferry news");
        assertEquals(1, run("serve", "--index", folder.toString(), "--port", "0", "--host", "127.0.0.1"));
        assertTrue(
                err.toString().strip().startsWith("lede: " + folder + " is not a Lede index (it holds article.txt)"),
                err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("article.txt")), files.toList());
        }
    }

    @Test
    void serveOnAMissingIndexSaysSoAndLetsGoOfItsPort() throws Exception {
        Path missing = folder.resolve("indx");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertEquals(1, run("serve", "--index", missing.toString(), "--port", String.valueOf(port)));
        assertEquals(
                "lede: No index at " + missing + ": index articles there first (lede index).",
                err.toString().strip());
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void demoRefusesAnIndexFolderHoldingOtherFilesAndLeavesItAlone() throws Exception {
        Path data = Files.createDirectory(folder.resolve("data"));
        Files.writeString(data.resolve("notes.txt"), "Quay notes\n\nThe quay was repaved.");
        assertEquals(
                1, run("demo", "--index", data.toString(), "--data", data.toString(), "--nlp", "off", "--port", "0"));
        assertTrue(err.toString().contains("is not a Lede index (it holds notes.txt)"), err.toString());
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of(data.resolve("notes.txt")), files.toList());
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
