package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A shell library of {@code bin/lib}, sourced by bash before the commands a test gives it. */
final class SourcedScript {

    private final Path script;

    SourcedScript(String path) {
        this.script = Path.of(path).toAbsolutePath();
    }

    /** What {@code commands} print (standard output and error), run after sourcing the script. */
    String run(String commands) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", ". '" + script + "'; " + commands)
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}
