package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name that opens with a given name written short with a full stop ("Chas. P. Morton Co", "Geo. A. Brindle", "Wm.
 * T. Osgood"): the recognizer reads the full stop as a sentence's end, so the short given name comes out as a person
 * of its own ("Chas") and the rest as a name that opens with an initial ("P. Morton Co"). The rest takes the short name
 * back wherever the text writes them together, and the short name alone is left out.
 */
final class ShortGivenNames {

    /** English given names as company names and old-style copy shorten them. */
    private static final Set<String> SHORT_FORMS =
            Set.of("Benj", "Chas", "Edw", "Geo", "Jas", "Jos", "Robt", "Saml", "Thos", "Wm");

    /** One of them, its full stop and the space after it. */
    private static final String SHORT_FORM = "\\b(" + String.join("|", SHORT_FORMS) + ")\\.\\s+";

    private static final Pattern SHORT_FORM_BEFORE_AN_INITIAL = Pattern.compile(SHORT_FORM + "\\p{Lu}\\.\\s");

    /** A name that opens with an initial: "P. Morton Co". */
    private static final Pattern OPENS_WITH_AN_INITIAL = Pattern.compile("\\p{Lu}\\.\\s+\\p{Lu}.*");

    private ShortGivenNames() {}

    /** The mentions of a story, each name written after a short given name made whole again. */
    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        if (!SHORT_FORM_BEFORE_AN_INITIAL.matcher(text).find()) {
            return mentions;
        }
        Set<String> shortFormsJoined = new HashSet<>();
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            String name = NameText.normalizeWhitespace(mention.text());
            String shortForm = OPENS_WITH_AN_INITIAL.matcher(name).matches() ? shortFormBefore(name, text) : null;
            if (shortForm != null) {
                shortFormsJoined.add(shortForm);
                out.add(new EntityMention(mention.kind(), shortForm + ". " + name));
            } else {
                out.add(mention);
            }
        }
        out.removeIf(mention -> mention.kind() == EntityKind.PERSON && shortFormsJoined.contains(withoutStop(mention)));
        return out;
    }

    private static String withoutStop(EntityMention mention) {
        String name = mention.text().strip();
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** The short given name the text writes right before {@code name}, or null. */
    private static String shortFormBefore(String name, String text) {
        Matcher before = Pattern.compile(SHORT_FORM + Pattern.quote(name).replace(" ", "\\E\\s+\\Q"))
                .matcher(text);
        return before.find() ? before.group(1) : null;
    }
}
