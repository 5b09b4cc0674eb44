package dev.lede.config;

import java.util.Locale;

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
        for (EntitySource source : values()) {
            if (source.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return source;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an entity source; use given, nlp or both");
    }

    /** The name a person types, e.g. {@code given}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
