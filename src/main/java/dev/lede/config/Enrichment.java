package dev.lede.config;

import java.util.Map;
import java.util.Optional;

/**
 * How articles are enriched: the NLP run on them, where their entities come from and their home country. An index
 * remembers the one {@code lede index} last used, so that the server's live writes enrich new articles the way the
 * archive they join was enriched.
 *
 * @param nlp how much NLP runs
 * @param entities where people, places and organisations come from
 * @param homeCountry the ISO code of the country stories are about unless they say otherwise ({@link HomeCountry}), or
 *     {@code null} for none
 */
public record Enrichment(NlpMode nlp, EntitySource entities, String homeCountry) {

    public Enrichment {
        if (nlp == null || entities == null) {
            throw new IllegalArgumentException("an enrichment needs an NLP mode and an entity source");
        }
    }

    /**
     * What live writes use. Each part is the first of: what the server was asked for ({@code --nlp}, else
     * {@code LEDE_NLP}, {@code LEDE_ENTITIES}, {@code LEDE_HOME_COUNTRY}), what the index remembers, the default.
     *
     * @param askedNlp the server's {@code --nlp}, or {@code null} when not given
     * @throws IllegalArgumentException naming the variable when one holds an invalid value
     */
    public static Enrichment forLiveWrites(
            NlpMode askedNlp, Map<String, String> environment, Optional<Enrichment> remembered) {
        NlpMode nlp = askedNlp != null
                ? askedNlp
                : LedeConfig.setting(
                        environment,
                        "LEDE_NLP",
                        NlpMode::parse,
                        remembered.map(Enrichment::nlp).orElse(LedeConfig.DEFAULT_NLP));
        EntitySource entities = LedeConfig.setting(
                environment,
                "LEDE_ENTITIES",
                EntitySource::parse,
                remembered.map(Enrichment::entities).orElse(IngestSettings.DEFAULT_ENTITIES));
        String homeCountry = LedeConfig.setting(
                environment,
                "LEDE_HOME_COUNTRY",
                HomeCountry::parse,
                remembered.map(Enrichment::homeCountry).orElse(null));
        return new Enrichment(nlp, entities, homeCountry);
    }

    /**
     * The part of each article's content hash that says how it was enriched, so that changing any of it extracts the
     * article again. Without a home country it is the text indexes held before that setting existed.
     */
    public String hashKey() {
        return "nlp=" + nlp.label() + ";entities=" + entities + (homeCountry == null ? "" : ";home=" + homeCountry);
    }

    /** For messages: "mode full, entities both, home country GB". */
    public String describe() {
        return "mode " + nlp.label() + ", entities " + entities.label()
                + (homeCountry == null ? "" : ", home country " + homeCountry);
    }
}
