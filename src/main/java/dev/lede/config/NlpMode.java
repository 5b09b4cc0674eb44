package dev.lede.config;

/** How much natural-language processing the indexer runs on each article. */
public enum NlpMode {
    /** Named entities and mentioned dates (SUTime). */
    FULL,
    /** Named entities only; no mentioned dates. */
    FAST,
    /** No NLP at all. */
    OFF;

    /** @throws IllegalArgumentException saying which names there are, when {@code text} is none of them */
    public static NlpMode parse(String text) {
        return Labels.parse(values(), text, "an NLP mode");
    }

    /** The name a person types, e.g. {@code fast}. */
    public String label() {
        return Labels.of(this);
    }
}
