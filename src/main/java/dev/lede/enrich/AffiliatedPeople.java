package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Allen Sinai of Shearson Lehman Brothers Inc", "James Fry of GM": the recognizer labels a person and the firm they
 * speak for, joined by "of", as one organisation. Such a span becomes the person and the organisation when the part
 * before "of" is a person's name (a common given name, {@link GivenNames}, an initial perhaps, and a surname that is
 * no noun for an organisation: not "Franklin Group of Funds") and the story backs the reading: the rest ends in a
 * legal form, or the story names it as an organisation elsewhere, or names the person elsewhere. A person's span
 * that runs on over "of" ("John Henry of E.F. Hutton") is the person, and the rest an organisation only where the
 * story says so (a legal form, or the name elsewhere as an organisation): "Lloyd Bentsen of Texas" is no firm. An
 * organisation run on into the person named after it ("the BBC Michael Howard") is split where the story names the
 * person elsewhere.
 */
final class AffiliatedPeople {

    private static final String OF = " of ";

    private AffiliatedPeople() {}

    static List<EntityMention> apply(List<EntityMention> mentions) {
        List<EntityMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Optional<List<EntityMention>> split = split(mentions.get(i), mentions);
            if (split.isPresent() && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            }
            if (out != null) {
                out.addAll(split.orElse(List.of(mentions.get(i))));
            }
        }
        return out == null ? mentions : out;
    }

    private static Optional<List<EntityMention>> split(EntityMention mention, List<EntityMention> all) {
        String text = NameText.normalizeWhitespace(mention.text());
        Optional<List<EntityMention>> atOf = splitAtOf(mention.kind(), text, all);
        return atOf.isEmpty() && mention.kind() == EntityKind.ORGANIZATION ? personAfter(text, all) : atOf;
    }

    private static Optional<List<EntityMention>> splitAtOf(EntityKind kind, String text, List<EntityMention> all) {
        int of = text.indexOf(OF);
        if (kind == EntityKind.PLACE || of < 0) {
            return Optional.empty();
        }
        String person = text.substring(0, of);
        String organization = text.substring(of + OF.length());
        if (!isPersonsName(person) || !startsCapitalised(organization)) {
            return Optional.empty();
        }
        EntityMention personMention = new EntityMention(EntityKind.PERSON, person);
        EntityMention organizationMention = new EntityMention(EntityKind.ORGANIZATION, organization);
        if (kind == EntityKind.PERSON) {
            return Optional.of(
                    isNamedAsAnOrganization(organization, all)
                            ? List.of(personMention, organizationMention)
                            : List.of(personMention));
        }
        return isNamedAsAnOrganization(organization, all) || isNamedAsAPerson(person, all)
                ? Optional.of(List.of(personMention, organizationMention))
                : Optional.empty();
    }

    /**
     * "told the BBC Michael Howard has": the organisation and the person named right after it, labelled as one
     * organisation. Split where the story names that person elsewhere, the rest does not start with a given name (a
     * firm named after people, "CB Richard Ellis", is named so whole) and ends in a capitalised word, not in "of" or
     * "&" (the film "Life & Death of Peter Sellers").
     */
    private static Optional<List<EntityMention>> personAfter(String text, List<EntityMention> all) {
        List<String> words = NameText.tokens(text);
        for (int personWords = 3; personWords >= 2; personWords--) {
            int cut = words.size() - personWords;
            if (cut < 1) {
                continue;
            }
            String organization = String.join(" ", words.subList(0, cut));
            String person = String.join(" ", words.subList(cut, words.size()));
            if (isPersonsName(person)
                    && isNamedAsAPerson(person, all)
                    && startsCapitalised(organization)
                    && Character.isLetterOrDigit(organization.charAt(organization.length() - 1))
                    && startsCapitalised(words.get(cut - 1))
                    && !GivenNames.contains(words.getFirst())) {
                return Optional.of(List.of(
                        new EntityMention(EntityKind.ORGANIZATION, organization),
                        new EntityMention(EntityKind.PERSON, person)));
            }
        }
        return Optional.empty();
    }

    /** "Allen Sinai", "Eugene H. Nowak": a common given name, perhaps an initial, and a surname. */
    private static boolean isPersonsName(String name) {
        List<String> words = NameText.tokens(name);
        if (words.size() < 2 || words.size() > 3 || !GivenNames.contains(words.getFirst())) {
            return false;
        }
        if (words.size() == 3 && !isInitial(words.get(1))) {
            return false;
        }
        String surname = words.getLast();
        return NameText.isWrittenLikeASurname(words.getFirst())
                && NameText.isWrittenLikeASurname(surname)
                && !PlaceAndOrganizationNames.isKindOfOrganisation(surname)
                && !PlaceAndOrganizationNames.isLegalForm(surname)
                && !NameWords.NOBLE_TITLES.contains(surname.toLowerCase(Locale.ROOT));
    }

    /** The name ends in a legal form, or the story names it, or a longer name it starts, as an organisation. */
    private static boolean isNamedAsAnOrganization(String organization, List<EntityMention> all) {
        if (PlaceAndOrganizationNames.isLegalForm(NameText.tokens(organization).getLast())) {
            return true;
        }
        return all.stream()
                .anyMatch(other -> other.kind() == EntityKind.ORGANIZATION
                        && startsWithName(NameText.clean(other.text()), organization));
    }

    private static boolean isNamedAsAPerson(String person, List<EntityMention> all) {
        String surname = NameText.tokens(person).getLast();
        return all.stream()
                .anyMatch(other -> other.kind() == EntityKind.PERSON
                        && (NameText.clean(other.text()).equals(person)
                                || NameText.clean(other.text()).equals(surname)));
    }

    private static boolean startsWithName(String name, String organization) {
        return name.equals(organization) || name.startsWith(organization + " ");
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    private static boolean startsCapitalised(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
