package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
