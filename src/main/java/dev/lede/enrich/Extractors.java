package dev.lede.enrich;

import dev.lede.config.NlpMode;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.model.Enrichment;
import java.util.Objects;

/** Builds the extractor for an {@link NlpMode}. Building loads the models, so build once and share the result. */
public final class Extractors {

    private Extractors() {}

    /**
     * {@code OFF}: returns {@link Enrichment#NONE}; {@code FAST}: entities, places resolved with the gazetteer and
     * the dateline; {@code FULL}: all that and mentioned dates. Takes seconds for the modes that load models.
     */
    public static Extractor forMode(NlpMode mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case OFF -> article -> Enrichment.NONE;
            case FAST -> new CoreNlpExtractor(new EntityRecognizer(), null, Gazetteer.load());
            case FULL -> new CoreNlpExtractor(new EntityRecognizer(), DateMentionFinder.aroundCues(), Gazetteer.load());
        };
    }

    /**
     * The entity recognizer alone on the title and the body, its findings dropped: the cost every NLP mode starts
     * from, which benchmarks compare the modes with.
     */
    public static Extractor recognizerOnly() {
        EntityRecognizer recognizer = new EntityRecognizer();
        return article -> {
            recognizer.find(article.title());
            recognizer.find(article.body());
            return Enrichment.NONE;
        };
    }
}
