package dev.lede.cli;

import dev.lede.config.BackendSettings;
import dev.lede.config.EntitySource;
import dev.lede.config.HomeCountry;
import dev.lede.config.IngestSettings;
import dev.lede.config.LedeConfig;
import dev.lede.ingest.IngestReport;
import dev.lede.parse.Parsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Reads articles from files and folders (recursively), or JSON Lines from standard input (-), and adds them"
                    + " to the index.",
            "Formats: .txt, .json, .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml feeds, .warc/.arc, .pdf, .docx/.doc, .odt,"
                    + " .rtf, .eml, .mbox; any of them .gz or in .zip. Articles already indexed (same id) are replaced.",
            "Unchanged articles are skipped before any NLP, so a rerun (or a run resumed after a kill) only does what"
                    + " is new.",
            "Everything left out is named, with the reason, in the rejects file, and so is every article indexed with a"
                    + " field it could not read (a warning).",
            "The --index folder is created when missing; a folder holding other files and no index is refused.",
            "Exit code 0 when something was indexed or nothing needed indexing, 1 when nothing could be indexed,"
                    + " 2 on a usage error."
        })
final class IndexCommand implements Callable<Integer> {

    private static final String GZIP = "gz";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions index;

    @Mixin
    BackendOptions backend;

    @Mixin
    NlpOptions nlp;

    @Option(names = "--rebuild", description = "Remove every article from the index first.")
    boolean rebuild;

    @Option(names = "--prune", description = "Remove the articles of source files that no longer exist.")
    boolean prune;

    @Option(
            names = "--entities",
            paramLabel = "FROM",
            description = "People, places and organisations from: given (the input's own people/places/orgs fields),"
                    + " nlp, or both merged (default: $LEDE_ENTITIES, else both).",
            converter = EntitySourceConverter.class)
    EntitySource entities;

    @Option(
            names = "--home-country",
            paramLabel = "CODE",
            description = "The country, by ISO code (GB, US), a story without a dateline abroad is about unless it"
                    + " says otherwise: a British archive's \"Parliament\" is Parliament (United Kingdom), its"
                    + " \"Birmingham\" the English city (default: $LEDE_HOME_COUNTRY, else none).",
            converter = HomeCountryConverter.class)
    String homeCountry;

    @Option(
            names = "--commit-every",
            paramLabel = "N",
            description = "Commit after N articles (default: $LEDE_COMMIT_EVERY, else "
                    + IngestSettings.DEFAULT_COMMIT_EVERY + ").")
    Long commitEvery;

    @Option(
            names = "--commit-seconds",
            paramLabel = "S",
            description = "Commit after S seconds (default: $LEDE_COMMIT_SECONDS, else "
                    + IngestSettings.DEFAULT_COMMIT_SECONDS + "). A kill loses at most that much.")
    Long commitSeconds;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where to name every file, record and article left out (default: rejects.jsonl in the index"
                    + " folder).")
    Path rejects;

    @Option(
            names = "--stdin-format",
            paramLabel = "EXT",
            defaultValue = IndexJob.DEFAULT_STDIN_FORMAT,
            description = "Format of standard input (-), as a file extension (default: ${DEFAULT-VALUE}).")
    String stdinFormat;

    @Option(names = "--quiet", description = "No progress display; only problems and the summary.")
    boolean quiet;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files or folders to index, or - for standard input.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        requireAtLeastOne("--commit-every", commitEvery);
        requireAtLeastOne("--commit-seconds", commitSeconds);
        requireKnownStdinFormat();
        LedeConfig config = nlp.apply(index.config());
        IngestSettings settings = IngestSettings.fromEnvironment(System.getenv())
                .withEntities(entities)
                .withHomeCountry(homeCountry)
                .withCommitEvery(commitEvery)
                .withCommitSeconds(commitSeconds);
        IndexJob job = new IndexJob(inputs, rebuild, prune, rejects, quiet, stdinFormat);
        if (job.readsStandardInput() && inputs.size() > 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "- (standard input) cannot be combined with other paths");
        }
        BackendSettings target = backend.settings();
        requireInputsExist();
        IngestReport report = target.isSolrCloud()
                ? SolrIndexing.run(target, config, settings, job, spec)
                : Indexing.run(config, settings, job, spec.commandLine().getErr());
        return report.nothingIndexable() ? 1 : 0;
    }

    private void requireAtLeastOne(String option, Long value) {
        if (value != null && value < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), option + " must be 1 or more, not " + value);
        }
    }

    /** Refused before standard input is read, rather than skipped as an unknown format once it has been. */
    private void requireKnownStdinFormat() {
        Parsers parsers = Parsers.standard();
        String extension = stdinFormat.strip().replaceFirst("^\\.", "");
        // Read as the input is named then (stdin.EXT), so that jsonl.gz is gunzipped and read as JSON Lines.
        if (!parsers.supports("stdin." + extension)) {
            Set<String> formats = new TreeSet<>(parsers.extensions());
            formats.remove(GZIP);
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--stdin-format must be one of " + String.join(", ", formats) + " (or one of them ." + GZIP
                            + "), not '" + stdinFormat + "'");
        }
    }

    /** A mistyped path is found before the models load and before anything is written, not hours into a run. */
    private void requireInputsExist() {
        for (Path input : inputs) {
            if (!input.equals(IndexJob.STANDARD_INPUT) && !Files.exists(input)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "no such file or folder: " + input);
            }
        }
    }

    static final class EntitySourceConverter implements picocli.CommandLine.ITypeConverter<EntitySource> {
        @Override
        public EntitySource convert(String value) {
            try {
                return EntitySource.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class HomeCountryConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return HomeCountry.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
