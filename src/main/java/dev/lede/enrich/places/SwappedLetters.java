package dev.lede.enrich.places;

import dev.lede.enrich.places.Gazetteer.Candidate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A well-known place's name written with two neighbouring letters swapped, the commonest slip of typing ("Toyko",
 * "Bangaldesh", "New Yrok", "Altanta"): a name of {@value #LEAST_LETTERS} letters or more that the gazetteer does not
 * know and that, with the two letters swapped back in one word, names a country by any of its names, or a
 * first-level region by any or a city by its own with at least {@value PlaceResolver#GREAT_CITY_POPULATION} people.
 * A smaller place one swap from a word or a given name is too often what the word means ("Santa" is no Satna,
 * "Middleburg" no Middelburg, "Partick" no Saint Patrick parish), as is a place one swap from a shorter name ("Liam"
 * is no Lima, "Fire" no Fier), and so is a word the story also writes in lower case ("heart" and "Heart", which is no
 * Herat). A word's first letter is never swapped ("Hessen" is no slip of an "eHssen"). Only one spelling may fit.
 */
final class SwappedLetters {

    static final int LEAST_LETTERS = 5;

    private SwappedLetters() {}

    /**
     * The well-known place name the slip stands for; empty when the gazetteer knows the name or none fits.
     *
     * @param text the story the name is written in
     */
    static Optional<String> spelling(String name, String text, Gazetteer gazetteer) {
        if (name.length() < LEAST_LETTERS
                || !gazetteer.candidates(name).isEmpty()
                || PlaceFinder.writtenInLowerCase(text, name)) {
            return Optional.empty();
        }
        Set<String> spellings = new LinkedHashSet<>();
        for (int i = 1; i + 1 < name.length(); i++) {
            char first = name.charAt(i);
            char second = name.charAt(i + 1);
            if (Character.isLetter(name.charAt(i - 1))
                    && Character.isLetter(first)
                    && Character.isLetter(second)
                    && first != second) {
                String swapped = name.substring(0, i) + second + first + name.substring(i + 2);
                if (gazetteer.candidates(swapped).stream().anyMatch(SwappedLetters::isWellKnown)) {
                    spellings.add(swapped);
                }
            }
        }
        return spellings.size() == 1 ? Optional.of(spellings.iterator().next()) : Optional.empty();
    }

    private static boolean isWellKnown(Candidate candidate) {
        Place place = candidate.place();
        return switch (place.kind()) {
            case COUNTRY -> true;
            case REGION -> !place.isSecondLevelRegion() && place.population() >= PlaceResolver.GREAT_CITY_POPULATION;
            case CITY -> candidate.canonicalName() && place.population() >= PlaceResolver.GREAT_CITY_POPULATION;
        };
    }
}
