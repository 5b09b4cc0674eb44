package dev.lede.config;

import java.util.Map;

/**
 * How {@code lede index} commits and where entities come from. Defaults, overridden by {@code LEDE_COMMIT_EVERY},
 * {@code LEDE_COMMIT_SECONDS}, {@code LEDE_ENTITIES} and {@code LEDE_HOME_COUNTRY}, overridden by flags through the
 * {@code with*} methods.
 *
 * @param commitEvery commit after this many articles written (a kill loses at most this many)
 * @param commitSeconds commit after this many seconds since the last commit, whichever comes first
 * @param entities where people, places and organisations come from
 * @param homeCountry the ISO code of the country stories are about unless they say otherwise ({@link HomeCountry}), or
 *     {@code null} for none
 */
public record IngestSettings(long commitEvery, long commitSeconds, EntitySource entities, String homeCountry) {

    /**
     * A commit cost ≈ 0.5 s on the shared 2-core machine (Reuters-21578, {@code --nlp off}: committing every 500
     * articles instead of once took 18-22 s more for 38 more commits, in two runs). Every 20,000 articles that is
     * ≈ 2.5 % of a run at {@code --nlp off} speed (≈ 1,000 articles/s), and a kill loses at most ≈ 20 s of it.
     */
    public static final long DEFAULT_COMMIT_EVERY = 20_000;
    /** With NLP (70-250 articles/s) the time limit caps the loss instead: a minute of work, for < 1 % in commits. */
    public static final long DEFAULT_COMMIT_SECONDS = 60;

    public static final EntitySource DEFAULT_ENTITIES = EntitySource.BOTH;

    public IngestSettings {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commit every must be 1 or more articles, not " + commitEvery);
        }
        if (commitSeconds < 1) {
            throw new IllegalArgumentException("commit seconds must be 1 or more, not " + commitSeconds);
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_SECONDS, DEFAULT_ENTITIES, null);
    }

    /** The defaults overridden by whichever {@code LEDE_*} variables are set in {@code environment}. */
    public static IngestSettings fromEnvironment(Map<String, String> environment) {
        return new IngestSettings(
                LedeConfig.setting(environment, "LEDE_COMMIT_EVERY", Long::parseLong, DEFAULT_COMMIT_EVERY),
                LedeConfig.setting(environment, "LEDE_COMMIT_SECONDS", Long::parseLong, DEFAULT_COMMIT_SECONDS),
                LedeConfig.setting(environment, "LEDE_ENTITIES", EntitySource::parse, DEFAULT_ENTITIES),
                LedeConfig.setting(environment, "LEDE_HOME_COUNTRY", HomeCountry::parse, null));
    }

    public IngestSettings withCommitEvery(Long value) {
        return value == null ? this : new IngestSettings(value, commitSeconds, entities, homeCountry);
    }

    public IngestSettings withCommitSeconds(Long value) {
        return value == null ? this : new IngestSettings(commitEvery, value, entities, homeCountry);
    }

    public IngestSettings withEntities(EntitySource value) {
        return value == null ? this : new IngestSettings(commitEvery, commitSeconds, value, homeCountry);
    }

    /** These settings' entities and home country with {@code nlp}: how {@code lede index} enriches articles. */
    public Enrichment enrichment(NlpMode nlp) {
        return new Enrichment(nlp, entities, homeCountry);
    }

    /** @param code an ISO code already checked by {@link HomeCountry#parse}, or {@code null} to keep this one */
    public IngestSettings withHomeCountry(String code) {
        return code == null ? this : new IngestSettings(commitEvery, commitSeconds, entities, code);
    }
}
