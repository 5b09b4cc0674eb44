package dev.lede.enrich;

import dev.lede.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Political parties written by their members' name ("the Tories", "the Liberal Democrats", "Senate Republicans") or as
 * a member's party ("Lib Dem leader Charles Kennedy", "a Texas Democrat"), which the recognizer mostly
 * leaves unlabelled: in its training text they name a group of people, not an organisation. A reader filtering by a
 * party expects them.
 *
 * <p>A party's name here is a word of a political family (a plural such as "Conservatives", or its singular where
 * {@link #isSingularParty} says), with the words of its doctrine before it ("Social Democrats", "Lib Dems"); what else stands
 * before it (a chamber, a region, "Senior") is no part of the name. The party is named in the plural, as news names it
 * ("Tories" for "a Tory MP"). Words of a longer name the recognizer found ("Democrats Abroad", "Damian Green") are
 * left to it.
 */
final class PartyNames {

    /** Political families as their members are called, singular and plural. */
    private static final String MEMBERS =
            "(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Communist|Green" + "|Nationalist|Unionist|Dem)";

    private static final String PLURAL_MEMBERS = "(?:Democrats|Republicans|Conservatives|Tories|Liberals|Socialists"
            + "|Communists|Greens|Nationalists|Unionists|Dems)";

    /** Each family's member and its members, by whom news names the party ("the Tories"). */
    private static final Map<String, String> PLURAL_OF = Map.ofEntries(
            Map.entry("Democrat", "Democrats"),
            Map.entry("Republican", "Republicans"),
            Map.entry("Conservative", "Conservatives"),
            Map.entry("Tory", "Tories"),
            Map.entry("Liberal", "Liberals"),
            Map.entry("Socialist", "Socialists"),
            Map.entry("Communist", "Communists"),
            Map.entry("Green", "Greens"),
            Map.entry("Nationalist", "Nationalists"),
            Map.entry("Unionist", "Unionists"),
            Map.entry("Dem", "Dems"));

    /** Words of a doctrine that make a party's name with a family's ("Christian Democrats", "Progressive Conservatives"). */
    private static final String DOCTRINE = "(?:Liberal|Lib|Social|Christian|Free|Radical|New|Progressive|Democratic)";

    /** The adjective a family's party takes before a member's role ("Democratic senator"). */
    private static final String ADJECTIVE = "(?:Democratic)";

    /** Not inside a word, nor after a letter's apostrophe ("O'Green"); a quotation mark may open it. */
    private static final String NAME_START = "(?<![\\p{L}\\p{N}.-])(?<!\\p{L}['\u2019])";

    private static final String NAME_END = "(?![\\p{L}\\p{N}-]|['\u2019]\\p{L})";

    private static final Pattern PLURAL =
            Pattern.compile(NAME_START + "(?:" + DOCTRINE + " ){0,2}" + PLURAL_MEMBERS + NAME_END);

    private static final Pattern SINGULAR =
            Pattern.compile(NAME_START + "(?:" + DOCTRINE + " ){0,2}(?:" + MEMBERS + "|" + ADJECTIVE + ")" + NAME_END);

    /** A member's role right after the party's name: only a party has such members. */
    private static final Pattern ROLE_AFTER = Pattern.compile("^\\s+(?:leader|leaders|leadership|MPs?|MEPs?|MSPs?"
            + "|peers?|[Ss]enators?|[Cc]ongress(?:wo)?man|[Rr]epresentatives?|[Gg]overnors?|councillors?|candidates?"
            + "|spokes(?:wo)?man|spokesperson|backbenchers?|frontbenchers?|lawmakers?|legislators?|activists|members?"
            + "|whips?|politicians?|delegates|nominees?|chairman|chairwoman|deputies|party|government|administration"
            + "|campaign|manifesto|conference|majority|voters|supporters)\\b"
            + "|^\\s+(?:Leaders?|President|Prime\\s+Minister|Premier|Chancellor|Mayor|Speaker|Chairman|Congressmen)\\b"
            + "|^\\s+(?:Sens?|Reps?|Govs?)\\.");

    /**
     * A party's name joined to what its members do ("the Democratic-controlled House", "a Socialist-led government"):
     * whatever opens the sentence, it is the party.
     */
    private static final Pattern RULED_BY = Pattern.compile(NAME_START + "(?:" + DOCTRINE + " ){0,2}(?:" + MEMBERS + "|"
            + ADJECTIVE + ")(?=-(?:controlled|led|run|ruled|dominated|written|drafted|sponsored|backed)\\b)");

    /**
     * Lands, economies and armed movements of a doctrine, not of a party ("Communist countries", "Socialist
     * economies", "Communist rebels").
     */
    private static final Pattern SYSTEM_AFTER =
            Pattern.compile("^\\s+(?:countries|nations|states|world|bloc|economies|rebels|guerrillas|insurgents)\\b");

    /**
     * How every family's name starts ("Tor" of "Tory" and "Tories", "Lib" of "Liberal"): most stories hold none, and
     * looking for these is far quicker than running the patterns over the text.
     */
    private static final List<String> STARTS_OF_FAMILIES = List.of(
            "Dem",
            "Republican",
            "Conservative",
            "Tor",
            "Lib",
            "Socialist",
            "Communist",
            "Green",
            "Nationalist",
            "Unionist");

    /** What may stand between a sentence's end and its first word: blanks, quotation marks, a bracket. */
    private static final String SENTENCE_OPENING = " \t\"'(\u2018\u201c";

    /** A surname as often as a party's member: written alone, it stays what the recognizer made of it. */
    private static final Set<String> SURNAMES = Set.of("Green");

    private static final Pattern ONE_NAME =
            Pattern.compile("(?:" + DOCTRINE + " ){0,2}(?:" + PLURAL_MEMBERS + "|" + MEMBERS + ")");

    /** A member's party and full name read as one name ("Tory Dominic Grieve", "Democrat Rosa Quill"). */
    private static final Pattern PARTY_BEFORE_NAME = Pattern.compile(
            "((?:" + DOCTRINE + " ){0,2}" + MEMBERS + ") (\\p{Lu}[\\p{L}'\u2019.-]*(?: \\p{L}[\\p{L}'\u2019.-]*)+)");

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019.-]*)\\s+$");

    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{Lu}[\\p{L}'\u2019.-]*)");

    private static final int WORD_LOOK = 40;

    private PartyNames() {}

    /**
     * The mentions with a party found as another kind made an organisation, and one organisation mention added for
     * each party's name written where the recognizer found none.
     */
    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        List<EntityMention> result = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            Matcher partyAndName = PARTY_BEFORE_NAME.matcher(mention.text());
            if (isPartyName(mention.text())) {
                result.add(party(mention.text()));
            } else if (partyAndName.matches() && isMembersName(mention, partyAndName, mentions)) {
                result.add(party(partyAndName.group(1)));
                result.add(new EntityMention(EntityKind.PERSON, partyAndName.group(2)));
            } else {
                result.add(mention);
            }
        }
        if (STARTS_OF_FAMILIES.stream().noneMatch(text::contains)) {
            return result;
        }
        Matcher plural = PLURAL.matcher(text);
        while (plural.find()) {
            addWritten(plural, text, mentions, result);
        }
        Matcher ruledBy = RULED_BY.matcher(text);
        while (ruledBy.find()) {
            addWritten(ruledBy, text, mentions, result);
        }
        Matcher singular = SINGULAR.matcher(text);
        while (singular.find()) {
            if (isSingularParty(singular, text, mentions)) {
                addWritten(singular, text, mentions, result);
            }
        }
        return result;
    }

    /**
     * Whether a name the recognizer read with a party before it is a person's: it took the whole for a person, or the
     * article names a person of that surname ("Tory Neil Hamilton" … "Mr Hamilton").
     */
    private static boolean isMembersName(EntityMention mention, Matcher partyAndName, List<EntityMention> mentions) {
        if (SURNAMES.contains(partyAndName.group(1))) {
            return false;
        }
        if (mention.kind() == EntityKind.PERSON) {
            return true;
        }
        String surname = lastWord(partyAndName.group(2));
        return mentions.stream()
                .anyMatch(
                        m -> m.kind() == EntityKind.PERSON && lastWord(m.text()).equals(surname));
    }

    private static String lastWord(String name) {
        String stripped = name.strip();
        return stripped.substring(stripped.lastIndexOf(' ') + 1);
    }

    /**
     * The party a name written of it stands for, by its members in the plural as news names a party ("Tories" for "a
     * Tory MP", "Christian Democrats" for "Christian Democrat Andreotti"): its adjective ("Democratic") stays.
     */
    private static EntityMention party(String written) {
        int lastWord = written.lastIndexOf(' ') + 1;
        String plural = PLURAL_OF.getOrDefault(written.substring(lastWord), written.substring(lastWord));
        return new EntityMention(EntityKind.ORGANIZATION, written.substring(0, lastWord) + plural);
    }

    private static boolean isPartyName(String name) {
        return ONE_NAME.matcher(name).matches() && !SURNAMES.contains(name);
    }

    private static void addWritten(
            Matcher found, String text, List<EntityMention> mentions, List<EntityMention> result) {
        if (!isPartOfLongerName(text, found.start(), found.end(), mentions)) {
            result.add(party(found.group()));
        }
    }

    /**
     * A party's name in the singular names the party before a member's role or title ("Tory MPs", "Lib Dem leader",
     * "Socialist Prime Minister") or a person's name, and anywhere else inside a sentence ("a Texas Democrat,",
     * "Democratic hopefuls") except before another capitalised word that is not a person's ("Communist China", "the
     * Republican Guard") or a word for the lands or the fighters of a doctrine ("Communist countries"). Opening a
     * sentence it is as often an adjective ("Conservative estimates put…"), and "Green" alone as often a surname.
     */
    private static boolean isSingularParty(Matcher found, String text, List<EntityMention> mentions) {
        String after = text.substring(found.end(), Math.min(text.length(), found.end() + WORD_LOOK));
        if (ROLE_AFTER.matcher(after).find()) {
            return true;
        }
        if (SURNAMES.contains(found.group()) || SYSTEM_AFTER.matcher(after).find()) {
            return false;
        }
        if (isBeforeAPerson(text, found.end(), mentions)) {
            return true;
        }
        return !opensSentence(text, found.start()) && !isBeforeAnotherName(text, found.end(), mentions);
    }

    /**
     * Whether a sentence starts at {@code start}: the text's start, a full stop, a question or exclamation mark or a
     * colon before it, or a line break after the title or after anything but a word, a comma or a semicolon. A wire wraps its lines
     * inside sentences ("Byrd, a\nDemocrat, said").
     */
    private static boolean opensSentence(String text, int start) {
        int i = start;
        int lineBreak = -1;
        while (i > 0 && (SENTENCE_OPENING.indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == '\n')) {
            if (text.charAt(i - 1) == '\n') {
                lineBreak = i - 1;
            }
            i--;
        }
        if (i == 0 || ".!?:".indexOf(text.charAt(i - 1)) >= 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return lineBreak >= 0
                && (lineBreak == text.indexOf('\n')
                        || !(Character.isLetterOrDigit(before) || ",;".indexOf(before) >= 0));
    }

    /** Whether a capitalised word follows that starts no person's name. */
    private static boolean isBeforeAnotherName(String text, int end, List<EntityMention> mentions) {
        return nextCapitalised(text, end) >= 0 && !isBeforeAPerson(text, end, mentions);
    }

    /** Whether a person's name the recognizer found follows ("Christian Democrat Andreotti told…"). */
    private static boolean isBeforeAPerson(String text, int end, List<EntityMention> mentions) {
        int next = nextCapitalised(text, end);
        return next >= 0
                && mentions.stream().anyMatch(m -> m.kind() == EntityKind.PERSON && isWrittenAt(text, next, m.text()));
    }

    /**
     * Whether the text holds the name as words at {@code at}, perhaps wrapped ("Democrat William\nProxmire", "Democrat
     * John Kerry's").
     */
    private static boolean isWrittenAt(String text, int at, String name) {
        int end = ContextWords.end(text, at, name.strip());
        return end >= 0 && ContextWords.isWholeWords(text, at, end);
    }

    /** Where the capitalised word right after {@code end} starts, or -1. */
    private static int nextCapitalised(String text, int end) {
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + WORD_LOOK)));
        return after.find() ? end + after.start(1) : -1;
    }

    /** Whether a mention holds the name together with a capitalised word either side of it ("Damian Green"). */
    private static boolean isPartOfLongerName(String text, int start, int end, List<EntityMention> mentions) {
        String name = text.substring(start, end);
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - WORD_LOOK), start));
        Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + WORD_LOOK)));
        String withBefore = before.find() ? before.group(1) + " " + name : null;
        String withAfter = after.find() ? name + " " + after.group(1) : null;
        for (EntityMention mention : mentions) {
            String written = NameText.normalizeWhitespace(mention.text());
            if (withBefore != null && written.contains(withBefore)
                    || withAfter != null && written.contains(withAfter)) {
                return true;
            }
        }
        return false;
    }
}
