package dev.lede.eval;

import dev.lede.config.NlpMode;
import dev.lede.enrich.Extractor;
import dev.lede.enrich.Extractors;
import dev.lede.enrich.SpanTagger;
import dev.lede.enrich.places.Gazetteer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Runs the parts of an evaluation on the shared corpora and gathers an {@link EvaluationReport}. */
public final class Evaluator {

    /**
     * @param sharedDir the folder holding {@code corpora/} and {@code gazetteer/}
     * @param reutersLimit stories of Reuters-21578 to evaluate, in file order; 0 for all
     * @param conllLimit CoNLL documents to evaluate; 0 for all
     * @param command the command line, recorded in the report
     * @param search the engine whose keyword ranking is judged by Reuters' topics; {@code null} leaves that part out
     */
    public record Options(
            Path sharedDir,
            NlpMode nlp,
            int threads,
            int reutersLimit,
            int conllLimit,
            String command,
            RankingEngine search) {

        public Options {
            Objects.requireNonNull(sharedDir, "sharedDir");
            Objects.requireNonNull(nlp, "nlp");
            if (nlp == NlpMode.OFF) {
                throw new IllegalArgumentException("evaluation needs NLP: use --nlp fast or full");
            }
            threads = Math.max(1, threads);
        }

        Path conll() {
            return sharedDir.resolve("corpora/conll2003/eng.testa");
        }

        Path reuters() {
            return sharedDir.resolve("corpora/reuters21578.jsonl.gz");
        }

        Path seed() {
            return sharedDir.resolve("corpora/seed-article.txt");
        }

        Path nameVariants() {
            return sharedDir.resolve("entities/name-variants.dev.csv");
        }

        Path gazetteer() {
            return sharedDir.resolve("gazetteer");
        }
    }

    private Evaluator() {}

    /**
     * @throws IllegalArgumentException when a corpus or the gazetteer is missing, naming what and where
     */
    public static EvaluationReport run(Options options, PrintWriter progress) {
        requireReadable(options);
        progress.println("Loading NLP models (mode " + options.nlp().name().toLowerCase(Locale.ROOT) + ")…");
        Extractor extractor = Extractors.forMode(options.nlp());
        SpanTagger tagger = SpanTagger.load();

        List<ConllDocument> documents = ConllCorpus.read(options.conll());
        if (options.conllLimit() > 0 && documents.size() > options.conllLimit()) {
            documents = documents.subList(0, options.conllLimit());
        }
        progress.println("CoNLL-2003 dev: " + documents.size() + " documents, in two halves…");
        ConllHalves conll = ConllHalves.run(tagger, extractor, documents, options.threads());

        progress.println("Name variants…");
        NameVariantsEvaluation variantRules = NameVariantsEvaluation.withLedesRules(Gazetteer.load());
        NameVariantsEvaluation.Result variants = variantRules.run(NameVariantPairs.read(options.nameVariants()));
        NameVariantsEvaluation.Result ownVariants = variantRules.run(NameVariantPairs.ledesOwn());

        progress.println("Reading the gazetteer and Reuters-21578…");
        CountryGazetteer gazetteer = CountryGazetteer.load(options.gazetteer());
        List<ReutersRecord> records = ReutersCorpus.read(options.reuters(), options.reutersLimit());
        progress.println("Reuters-21578: " + records.size() + " stories on " + options.threads() + " threads…");
        ReutersEvaluation.Result reuters =
                new ReutersEvaluation(extractor, gazetteer).run(records, options.threads(), progress);

        TopicRanking.Result ranking = null;
        if (options.search() != null) {
            progress.println("Keyword ranking against Reuters' topics…");
            ranking = TopicRanking.run(records, options.reutersLimit() == 0, options.search());
        }
        SeedArticleCheck.Result seed = SeedArticleCheck.run(extractor, SeedArticleCheck.read(options.seed()));
        return new EvaluationReport(
                options.command(),
                options.nlp().name().toLowerCase(Locale.ROOT),
                conll,
                variants,
                ownVariants,
                reuters,
                ranking,
                seed);
    }

    private static void requireReadable(Options options) {
        if (!Files.isDirectory(options.sharedDir())) {
            throw new IllegalArgumentException("shared folder not found: "
                    + options.sharedDir().toAbsolutePath() + " (it holds corpora/ and gazetteer/; pass --shared DIR)");
        }
        for (Path needed : List.of(
                options.conll(), options.reuters(), options.seed(), options.gazetteer(), options.nameVariants())) {
            if (!Files.exists(needed)) {
                throw new IllegalArgumentException(
                        "not found: " + needed.toAbsolutePath() + " (under --shared " + options.sharedDir() + ")");
            }
        }
    }
}
