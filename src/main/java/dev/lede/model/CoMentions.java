package dev.lede.model;

import java.util.List;

/** The people, places and organisations most often mentioned with an entity, most articles first. */
public record CoMentions(List<CoMention> people, List<CoMention> places, List<CoMention> orgs) {

    public static final CoMentions NONE = new CoMentions(List.of(), List.of(), List.of());

    public CoMentions {
        people = List.copyOf(people);
        places = List.copyOf(places);
        orgs = List.copyOf(orgs);
    }
}
