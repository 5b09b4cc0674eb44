package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An office named only as the issuer of its securities: "Treasury bills", "Treasury bond yields", "the U.S. Treasury
 * market". The recognizer takes the office for an organisation, and a story of bond prices would count as one about
 * the Treasury; such a story names no body, as a story of "Treasuries" names none ({@link PluralOffices}). Where the
 * story names the office anywhere else ("the Treasury said", "Treasury Secretary James Baker", "a Treasury auction"),
 * it keeps it.
 */
final class GovernmentSecurities {

    /** A security, or its yield, price or market, written after the office that issues it. */
    private static final Pattern SECURITY_AFTER = Pattern.compile(
            "\\s+(?:bills?|bonds?|notes?|securities|paper|yields?|market|prices|futures)\\b", Pattern.CASE_INSENSITIVE);

    private GovernmentSecurities() {}

    /** The mentions without offices the text names only before a security of theirs. */
    static List<EntityMention> without(String text, List<EntityMention> mentions) {
        Set<String> issuersOnly = mentions.stream()
                .filter(m -> m.kind() == EntityKind.ORGANIZATION)
                .map(m -> m.text().strip())
                .filter(GovernmentSecurities::namesAnOffice)
                .filter(name -> namedOnlyAsIssuer(name, text))
                .collect(Collectors.toSet());
        if (issuersOnly.isEmpty()) {
            return mentions;
        }
        return mentions.stream()
                .filter(m -> m.kind() != EntityKind.ORGANIZATION
                        || !issuersOnly.contains(m.text().strip()))
                .toList();
    }

    /** An office alone ("Treasury") or after its country ("U.S. Treasury"). */
    private static boolean namesAnOffice(String name) {
        if (NationalBodies.office(name).isPresent()) {
            return true;
        }
        for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
            if (NationalBodies.office(name.substring(space + 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every time the text writes the name as words of their own (a line may break between them), a security
     * follows.
     */
    static boolean namedOnlyAsIssuer(String name, String text) {
        Matcher written = asWritten(name).matcher(text);
        boolean named = false;
        while (written.find()) {
            if (!SECURITY_AFTER
                    .matcher(text)
                    .region(written.end(), text.length())
                    .lookingAt()) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static Pattern asWritten(String name) {
        String words = Arrays.stream(name.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])");
    }
}
