package dev.lede.enrich;

import dev.lede.config.EntitySource;
import dev.lede.config.NlpMode;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.enrich.places.PlaceResolver;
import dev.lede.model.Enrichment;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Builds the extractor for an {@link NlpMode}. Building loads the models, so build once and share the result. */
public final class Extractors {

    /** Each model loads on one core; on its own thread, the others load beside it and start-up is the slowest one. */
    private static final Executor LOADER =
            task -> Thread.ofPlatform().daemon().name("lede-model-loader").start(task);

    private Extractors() {}

    /**
     * {@code OFF}: returns {@link Enrichment#NONE}; {@code FAST}: entities, places resolved with the gazetteer and
     * the dateline; {@code FULL}: all that and mentioned dates. Takes seconds for the modes that load models.
     */
    public static Extractor forMode(NlpMode mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case OFF -> article -> Enrichment.NONE;
            case FAST, FULL -> coreNlp(mode, load(Gazetteer::load), null);
        };
    }

    /**
     * As {@link #forMode(NlpMode)}, keeping the entities the input gives as {@code entities} says
     * ({@link GivenEntityExtractor#over}), with one gazetteer loaded for both.
     */
    public static Extractor forMode(NlpMode mode, EntitySource entities) {
        return forMode(mode, entities, null);
    }

    /**
     * As {@link #forMode(NlpMode, EntitySource)}, with the home country counted as named in every story without a
     * dateline or filed there: a public body the story names without saying whose ("Parliament") is the home
     * country's where nothing in the story decides ({@link NationalBodies}), and its places are resolved as in a story
     * that names the country ({@link PlaceResolver}).
     *
     * @param homeCountry the home country's ISO 3166 code ({@link dev.lede.config.HomeCountry}), or {@code null}
     */
    public static Extractor forMode(NlpMode mode, EntitySource entities, String homeCountry) {
        Objects.requireNonNull(mode, "mode");
        if (mode == NlpMode.OFF && entities == EntitySource.NLP) {
            return forMode(mode);
        }
        CompletableFuture<Gazetteer> gazetteer = load(Gazetteer::load);
        Extractor nlp = mode == NlpMode.OFF ? forMode(mode) : coreNlp(mode, gazetteer, homeCountry);
        return entities == EntitySource.NLP ? nlp : new GivenEntityExtractor(nlp, entities, join(gazetteer));
    }

    /**
     * The entity recognizer alone on the title and the body, its findings dropped: the cost every NLP mode starts
     * from, which benchmarks compare the modes with.
     */
    public static Extractor recognizerOnly() {
        EntityRecognizer recognizer = new EntityRecognizer();
        return article -> {
            recognizer.findEverywhere(article.title());
            recognizer.findEverywhere(article.body());
            return Enrichment.NONE;
        };
    }

    private static Extractor coreNlp(NlpMode mode, CompletableFuture<Gazetteer> gazetteer, String homeCountry) {
        CompletableFuture<DateMentionFinder> dates =
                mode == NlpMode.FULL ? load(DateMentionFinder::aroundCues) : CompletableFuture.completedFuture(null);
        EntityRecognizer recognizer = new EntityRecognizer();
        return new CoreNlpExtractor(recognizer, join(dates), join(gazetteer), homeCountry);
    }

    private static <T> CompletableFuture<T> load(Supplier<T> model) {
        return CompletableFuture.supplyAsync(model, LOADER);
    }

    /** The loaded model, or the loader's own failure (a missing model names itself), not a wrapper around it. */
    private static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
