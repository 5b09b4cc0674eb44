package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal {@code bin/lede} runs after a build, in a child JVM as the launcher runs it. */
class ServerRehearsalTest {

    @TempDir
    Path dir;

    @Test
    void servesQuietlyAndLeavesNothingBehind() throws Exception {
        Path temporary = Files.createDirectory(dir.resolve("tmp"));

        Result result = run(System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + temporary);

        assertEquals(0, result.exitCode(), result.output());
        assertEquals("", result.output().strip(), "a rehearsal that goes well prints nothing");
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(List.of(), left.toList(), "the rehearsal's index folder is removed");
        }
    }

    @Test
    void writesAnArchiveThatHoldsTheServersClasses() throws Exception {
        // The JVM archives classes from jars only, so Lede's classes go into one, as in the launcher's target/lede.jar.
        String classPath = jarredClassPath();
        Path archive = dir.resolve("serve.jsa");

        Result rehearsal = run(classPath, "-XX:ArchiveClassesAtExit=" + archive);
        assertEquals(0, rehearsal.exitCode(), rehearsal.output());
        assertTrue(Files.size(archive) > 0, "the archive is written as the rehearsal ends");

        Result next = run(classPath, "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info");
        assertEquals(0, next.exitCode(), next.output());
        for (String serverClass :
                List.of("dev.lede.web.LedeServer", "io.javalin.Javalin", "dev.lede.cli.ServeCommand")) {
            assertTrue(
                    next.output().contains(serverClass + " source: shared objects file (top)"),
                    serverClass + " is read from the archive");
        }
    }

    private record Result(int exitCode, String output) {}

    private Result run(String classPath, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx256m", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classPath, ServerRehearsal.class.getName()));
        Path log = Files.createTempFile(dir, "rehearsal", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the rehearsal did not end within 2 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    /** This test's class path with Lede's class folders replaced by one jar of Lede's classes. */
    private String jarredClassPath() throws Exception {
        Path classes = Path.of(ServerRehearsal.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (!Files.isDirectory(classes)) {
            return System.getProperty("java.class.path");
        }
        Path jar = dir.resolve("lede.jar");
        writeJar(classes, jar);
        List<String> path = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Files.isDirectory(Path.of(entry))) {
                path.add(entry);
            }
        }
        return path.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(file -> !file.equals(classes)).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                boolean folder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(folder ? name + "/" : name));
                if (!folder) {
                    Files.copy(file, (OutputStream) out);
                }
                out.closeEntry();
            }
        }
    }
}
