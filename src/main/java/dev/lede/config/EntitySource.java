package dev.lede.config;

/** Where an article's people, places and organisations come from. */
public enum EntitySource {
    /** The entities the input names for it (e.g. the {@code people}, {@code places}, {@code orgs} of a JSON export). */
    GIVEN,
    /** The entities NLP finds in its text. */
    NLP,
    /** Both, merged and made canonical together. */
    BOTH;

    /** @throws IllegalArgumentException saying which names there are, when {@code text} is none of them */
    public static EntitySource parse(String text) {
        return Labels.parse(values(), text, "an entity source");
    }

    /** The name a person types, e.g. {@code given}. */
    public String label() {
        return Labels.of(this);
    }
}
