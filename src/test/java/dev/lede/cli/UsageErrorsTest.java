package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Every kind of usage error, on every command: exit code 2, one line that says what was wrong, then one line
 * pointing to the command's help, and nothing else (no usage dump, no exception names).
 */
class UsageErrorsTest {

    @TempDir
    static Path indexDir;

    @ParameterizedTest(name = "lede {0}")
    @CsvSource(delimiter = '|', textBlock = """
            searhc                                    | lede     | lede: unknown command 'searhc' (did you mean search or serve?)
            --bogus                                   | lede     | lede: Unknown option: '--bogus'
            --log-level loud search x                 | lede     | lede: Invalid value for option '--log-level': 'loud' is not a log level; use one of error, warn, info, debug, trace
            index                                     | index    | lede index: Missing required parameter: 'PATH'
            index --nlp medium x                      | index    | lede index: Invalid value for option '--nlp': 'medium' is not an NLP mode; use full, fast or off
            index --threads many x                    | index    | lede index: Invalid value for option '--threads': 'many' is not an int
            index --threads 0 x                       | index    | lede index: --threads must be 1 or more, not 0
            index --threads -3 x                      | index    | lede index: --threads must be 1 or more, not -3
            index --commit-every 0 x                  | index    | lede index: --commit-every must be 1 or more, not 0
            index --commit-every -1 x                 | index    | lede index: --commit-every must be 1 or more, not -1
            index --commit-seconds 0 x                | index    | lede index: --commit-seconds must be 1 or more, not 0
            index --entities foo x                    | index    | lede index: Invalid value for option '--entities': 'foo' is not an entity source; use given, nlp or both
            index --home-country Wales x              | index    | lede index: Invalid value for option '--home-country': 'Wales' is no country's ISO 3166 two-letter code; use one such as GB, US or IE
            index --stdin-format exe -                | index    | lede index: --stdin-format must be one of arc, atom, doc, docx, eml, htm, html, json, jsonl, mbox, ndjson, odt, pdf, rss, rtf, txt, warc, xml, zip (or one of them .gz), not 'exe'
            demo --threads 0                          | demo     | lede demo: --threads must be 1 or more, not 0
            search --from 2024-13-01 x                | search   | lede search: Invalid value for option '--from': '2024-13-01' is not a day; write it as YYYY-MM-DD, e.g. 2024-03-31
            search --to yesterday x                   | search   | lede search: Invalid value for option '--to': 'yesterday' is not a day; write it as YYYY-MM-DD, e.g. 2024-03-31
            search --mentioned-from 2024/01/01        | search   | lede search: Invalid value for option '--mentioned-from': '2024/01/01' is not a day; write it as YYYY-MM-DD, e.g. 2024-03-31
            search --sort loudest x                   | search   | lede search: --sort must be relevance, recent, newest or oldest, not 'loudest'
            search --any colour x                     | search   | lede search: --any takes person, place, country, region, org, source, not 'colour'
            search --page 0 x                         | search   | lede search: page must be 1 or more
            search --size 500 x                       | search   | lede search: size must be between 0 (counts only) and 100
            search --bogus                            | search   | lede search: Unknown option: '--bogus'
            search tram^1e40                          | search   | lede search: A boost must be a plain number from 0 to 1000 right after ^, such as ^2 or ^0.5; write \\^ to search for a caret.
            serve --port 70000                        | serve    | lede serve: --port must be 0 to 65535, not 70000
            serve --port http                         | serve    | lede serve: Invalid value for option '--port': 'http' is not an int
            serve extra                               | serve    | lede serve: unexpected argument 'extra'
            demo --nlp max                            | demo     | lede demo: Invalid value for option '--nlp': 'max' is not an NLP mode; use full, fast or off
            demo --port -1                            | demo     | lede demo: --port must be 0 to 65535, not -1
            export --format xml                       | export   | lede export: --format must be one of csv, jsonl, not 'xml'
            export --from 31.12.2024                  | export   | lede export: Invalid value for option '--from': '31.12.2024' is not a day; write it as YYYY-MM-DD, e.g. 2024-03-31
            curate merge colour a b                   | merge    | lede curate merge: FIELD must be one of person, place, country, region, org, source, not 'colour'
            curate undo three                         | undo     | lede curate undo: Invalid value for positional parameter at index 0 (ID): 'three' is not a long
            curate merge person a                     | merge    | lede curate merge: Missing required parameter: 'INTO'
            curate mrege person a b                   | curate   | lede curate: unknown command 'mrege' (did you mean merge or rename?)
            saved add                                 | add      | lede saved add: Missing NAME
            saved remove                              | remove   | lede saved remove: Missing required parameter: 'NAME'
            saved nope                                | saved    | lede saved: unknown command 'nope'
            gazetteer --from x                        | gazetteer | lede gazetteer: Missing required option: '--out=FILE'
            evaluate --limit lots                     | evaluate | lede evaluate: Invalid value for option '--limit': 'lots' is not an int
            evaluate --nlp off-ish                    | evaluate | lede evaluate: Invalid value for option '--nlp': 'off-ish' is not an NLP mode; use full, fast or off
            """)
    void aUsageErrorIsOneLineAndAPointerToHelpWithExitCodeTwo(String arguments, String command, String firstLine) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exitCode = commandLine.execute(withIndex(arguments));

        List<String> lines = err.toString().lines().toList();
        assertEquals(2, exitCode, err.toString());
        assertEquals(firstLine, lines.getFirst());
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(1).startsWith("Try 'lede") && lines.get(1).endsWith(" --help' for more information."));
        assertTrue(lines.get(1).contains(command + " --help"), lines.get(1));
        assertEquals("", out.toString());
    }

    /** Commands that open an index get a temporary one, so that no test touches ./index. */
    private static String[] withIndex(String arguments) {
        List<String> args = new ArrayList<>(Arrays.asList(arguments.split(" ")));
        List<String> onIndex = List.of("search", "serve", "export", "demo");
        if (onIndex.contains(args.getFirst()) && !arguments.contains("--bogus")) {
            args.addAll(1, List.of("--index", indexDir.toString()));
        }
        return args.toArray(String[]::new);
    }
}
