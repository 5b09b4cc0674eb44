package dev.lede.model;

import java.util.List;

/**
 * An entity mentioned in the same articles as the one profiled.
 *
 * @param count articles that mention both (each article once, aliases included)
 * @param aliases the other indexed values curation counts as this one
 * @param search the API search for the articles that mention both
 */
public record CoMention(String value, long count, List<String> aliases, String search) {

    public CoMention {
        aliases = List.copyOf(aliases);
    }
}
