package dev.lede.enrich;

import dev.lede.enrich.places.Gazetteer;
import dev.lede.model.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * A club named after its town that the recognizer took for a place or a person: "Bristol Rovers", "Aston Villa",
 * "Exeter City". The name is a place the gazetteer knows and a club word, and the gazetteer does not know the whole
 * name, so "Kansas City", "Jersey City" and "Lake Forest" stay places. "City" names a club only after a British or
 * Irish town, where clubs are named that way; after others it is too often the city ("Osaka City", "Tunis City").
 */
final class ClubNames {

    private static final Set<String> CLUB_WORDS = Set.of(
            "United",
            "Rovers",
            "Athletic",
            "Wanderers",
            "Albion",
            "Villa",
            "Forest",
            "Argyle",
            "Rangers",
            "Hotspur",
            "Orient",
            "Wednesday",
            "Alexandra",
            "Thistle",
            "Academical");
    private static final String CITY = "City";
    private static final Set<String> CITY_CLUB_COUNTRIES = Set.of("GB", "IE");

    private ClubNames() {}

    static List<EntityMention> apply(List<EntityMention> mentions, Gazetteer gazetteer) {
        return mentions.stream()
                .map(m -> isClub(m, gazetteer) ? new EntityMention(EntityKind.ORGANIZATION, m.text()) : m)
                .toList();
    }

    private static boolean isClub(EntityMention mention, Gazetteer gazetteer) {
        if (mention.kind() == EntityKind.ORGANIZATION) {
            return false;
        }
        String name = NameText.normalizeWhitespace(mention.text());
        String clubWord = NameText.lastOfSeveralWords(name);
        if (clubWord.isEmpty()) {
            return false;
        }
        String town = name.substring(0, name.length() - clubWord.length() - 1);
        if (!clubWord.equals(CITY) && !CLUB_WORDS.contains(clubWord)) {
            return false;
        }
        List<Gazetteer.Candidate> towns = gazetteer.candidates(town);
        boolean namedAfterATown = clubWord.equals(CITY)
                ? towns.stream()
                        .anyMatch(c -> CITY_CLUB_COUNTRIES.contains(c.place().countryCode()))
                : !towns.isEmpty();
        return namedAfterATown && gazetteer.candidates(name).isEmpty();
    }
}
