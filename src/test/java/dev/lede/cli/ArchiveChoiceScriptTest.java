package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bin/lib/archive.sh}, which tells {@code bin/lede} which class-data archive a command line reads: a server
 * started with the archive other commands wrote answered 1.5 s later at a million articles.
 */
class ArchiveChoiceScriptTest {

    private static final SourcedScript SCRIPT = new SourcedScript("bin/lib/archive.sh");

    @ParameterizedTest(name = "lede {0} reads {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "serve --index idx|lede-serve.jsa",
                "--log-level warn serve --port 7070|lede-serve.jsa",
                "--log-level=warn demo|lede-serve.jsa",
                "--log-level warn index serve.txt|lede.jsa",
                "search serve|lede.jsa",
                "--log-level debug|lede.jsa",
                "serve --help|lede-help.jsa",
                "--version|lede-help.jsa",
                "''|lede-help.jsa"
            })
    void theCommandNamedChoosesTheArchive(String arguments, String archive) throws Exception {
        assertEquals(archive, SCRIPT.run("lede_archive_file " + arguments));
    }

    /**
     * Whether {@code bin/lede} rehearses a server's start: always after its own build; before a server whose archive
     * a jar built elsewhere made stale or never had, once per jar.
     */
    @ParameterizedTest(name = "built={0}, {1}, archive {2}, marker {3}: {4}")
    @CsvSource({
        "1, lede.jsa, none, none, yes",
        "'', lede.jsa, none, none, no",
        "'', lede-serve.jsa, newer, none, no",
        "'', lede-serve.jsa, none, none, yes",
        "'', lede-serve.jsa, older, older, yes",
        "'', lede-serve.jsa, none, newer, no",
        "'', lede-serve.jsa, older, newer, no"
    })
    void aServerIsRehearsedAfterABuildOrOnceForAJarWithoutItsArchive(
            String built, String archive, String archiveAge, String markerAge, String rehearses, @TempDir Path dir)
            throws Exception {
        Path jar = dir.resolve("lede.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-06-01T12:00:00Z")));
        Path archiveFile = file(dir.resolve(archive), archiveAge);
        Path marker = file(dir.resolve("lede-serve.rehearsed"), markerAge);
        String answer = SCRIPT.run(String.format(
                "lede_rehearses '%s' '%s' '%s' '%s' && echo yes || echo no", built, archiveFile, jar, marker));
        assertEquals(rehearses, answer);
    }

    /** {@code path} written an hour before or after the jar, or left absent. */
    private static Path file(Path path, String age) throws Exception {
        if (!age.equals("none")) {
            Files.writeString(path, age);
            Instant when = Instant.parse(age.equals("older") ? "2026-06-01T11:00:00Z" : "2026-06-01T13:00:00Z");
            Files.setLastModifiedTime(path, FileTime.from(when));
        }
        return path;
    }
}
