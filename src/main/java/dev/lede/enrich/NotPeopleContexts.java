package dev.lede.enrich;

import dev.lede.enrich.places.EndAnchored;
import dev.lede.model.EntityKind;
import dev.lede.model.GovernmentFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a name say about it, whatever the recognizer thought; each finding holds for the whole
 * article.
 *
 * <ul>
 *   <li>A firm named after people: a "person" followed by a company form ("Touche Ross and Co", "E.F. Hutton Group
 *       Inc") or by its initials in brackets ("Archer Daniels Midland (ADM)"), named as a broker's or analyst's employer ("analyst at James Capel", "L.F. Rothschild analyst", "shares
 *       of Carson Pirie Scott", "brokers James Capel"), or that starts an organisation the recognizer found in the same
 *       article followed by a company form.
 *   <li>A pollster: a "person" followed by "poll" or "survey" ("a Harris poll").
 *   <li>A side: a one-word "person" written right before a member's role and a person's full name ("Tory leader
 *       Michael Howard", "Chelsea boss Jose Mourinho") that is no word of any full name in the article, or a longer
 *       one before a band's or a team's role ("Franz Ferdinand frontman Alex Kapranos").
 *   <li>A body: a one-word "person" written right before its members as a body or a role in a team ("Viacom
 *       shareholders", "a Chelsea side", "the Boro defender"), or named as a kind of firm right before it or in an
 *       apposition after it ("security firm Clearswift", "Titan, a California-based company", "Leo, a subsidiary of
 *       Pharmacia"), or as a firm whose shares are counted or move ("the five mln Rexnard shares"), and no word of any
 *       full name in the article.
 *   <li>A group: a one-word "person" that is the subject of a plural verb ("Chelsea are top of the league",
 *       "Coldplay have announced a tour") and is no word of any full name in the article.
 *   <li>An outlet: a one-word "person" that reports or is reported by ("Orda reports", "according to Orda"), or
 *       that the article calls a newspaper, a magazine or a news agency ({@link PressOutlets}: "the daily
 *       Politiken"), and is no word of any full name in the article; a longer name so called is an outlet too ("the
 *       army newspaper Quan Doi Nhan Dan").
 *   <li>A thing: a one-word "person" the article only writes after "the" and at least once as a noun of its own ("across
 *       the Maas."; "the Reagan administration" is no such case, nor "the Clintons" beside a Clinton) is no person.
 *   <li>A site: a one-word "person" the article writes only right before a word for a mine, a field or a refinery ("the
 *       Sullivan mine", "the Rostam platform", "the Sebree smelter"), or for a scale ("the Richter scale"), is the
 *       site or the measure, not a person, unless it is a word of a full name in the article.
 *   <li>A bill: "Bill" after "the", a capitalised word that is no title, or a bracket ("the Hunting Bill") is no
 *       person, mention by mention.
 *   <li>A work: a "person" written as the title of a film, book, song or show ("the abortion drama Vera Drake", "her
 *       role in Elizabeth", "Harry Potter author JK Rowling") is no person, unless it does what a person does right
 *       after ("the film Tom Hanks made"); a character is no person either ("the role of Arthur Dent").
 *   <li>A band: a "person" written right after "band" ("rock band Franz Ferdinand") is a group.
 *   <li>A one-word organisation that is only ever part of a title, its tail ("Secretary of State") or the portfolio
 *       before it ("Energy Secretary", "Finance Minister"), is no organisation.
 * </ul>
 */
final class NotPeopleContexts {

    private static final String COMPANY_FORM = "(?:Inc|Corp|Co|Ltd|Plc|PLC|LP|Securities|Brothers|Bros|Group|Holdings)";
    /** The company forms as a headline in capitals writes them ("BROWN GROUP INC"). */
    private static final String SHOUTED_COMPANY_FORM = "(?:INC|CORP|CO|LTD|LP|SECURITIES|BROTHERS|BROS|GROUP|HOLDINGS)";

    private static final String ANY_COMPANY_FORM = "(?:" + COMPANY_FORM + "|" + SHOUTED_COMPANY_FORM + ")";
    private static final String AND = "(?:and|AND|&)";
    /**
     * Words a firm's name puts between a surname and its form ("Harper International Inc", "Brown Transport Co"); any
     * capitalised word would also take a headline's verb ("ICAHN SEEKS TWA INC STAKE").
     */
    private static final String FIRM_NAME_WORD = "(?i:International|Industries|Enterprises|Financial|Investments?"
            + "|Insurance|Bancorp|Bancshares|Banking|Communications|Electronics|Resources|Systems|Technologies|Technology"
            + "|Transport|Transportation|Motors?|Foods|Stores|Properties|Petroleum|Oil|Mines|Mining|Savings|Trust"
            + "|Publishing|Publishers|Manufacturing|Laboratories|Labs|Pharmaceuticals|Airlines|Family|Restaurants"
            + "|Capital|Chemicals?|Steel|Energy|Realty|Broadcasting|Shipping|Textiles?|Mills|Brands|Products|Services"
            + "|Industrial|Construction|Development|Equities|Management|Holding)";
    /**
     * What follows a name that is the start of a firm's name: a company form, maybe after more words of the name
     * ("Brown-Forman Inc", "Harper International Inc"), or a stock ticker ("HARPER &lt;HPR&gt;", "Acme (NYSE: ACM)").
     */
    private static final Pattern FIRM_AFTER = Pattern.compile("(?:,?\\s+" + AND
            + "\\s+(?:Co|Cos|Company|Sons|Partners|Associates|CO|COS|COMPANY|SONS)\\b"
            + "|(?:-\\p{Lu}[\\p{L}'.&]*)?(?:\\s+" + FIRM_NAME_WORD + "){0,2},?\\s+" + ANY_COMPANY_FORM + "\\b(?!-)"
            + "|\\s+(?:analysts?|economists?|strategists?)\\b"
            + "|\\s*<[\\p{Lu}\\d.]{1,10}>"
            + "|\\s*\\((?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE|OTC)\\b)");
    /**
     * What follows a surname that is the first of a firm's two ("Frost and Sullivan Inc", "Pierce, Fenner and Smith
     * Inc", "Dillon, Read and Co"); a full name so followed is more often a person beside a firm ("Asher Edelman and
     * Dominion Textile Ltd").
     */
    private static final Pattern SECOND_SURNAME_OF_FIRM_AFTER = Pattern.compile("(?:,?\\s+" + AND
            + "\\s+\\p{Lu}[\\p{L}'.]*,?\\s+" + ANY_COMPANY_FORM + "\\b(?!-)"
            + "|,\\s+\\p{Lu}[\\p{L}'.]*,?\\s+" + AND + "\\s+(?:Co|Cos|Company|Sons|CO|COS|COMPANY|SONS)\\b)");

    static final EndAnchored FIRM_BEFORE = EndAnchored.of(
            "(?:\\b(?:analysts?|economists?|strategists?|brokers?|dealers?|underwriters?|bankers?)\\s+(?:at|with|from)"
                    + "|\\b(?:shares|stock|stake)\\s+(?:of|in)"
                    + "|\\b(?:brokers|brokerage(?:\\s+(?:firm|house))?|broking\\s+house|investment\\s+banks?"
                    + "|underwriters?|auditors?)"
                    + "|\\b(?:[Aa]nalyst|[Ee]conomist|[Ss]trategist)s?(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,4}\\s+(?:of|at|with))"
                    + "\\s+$",
            "at",
            "with",
            "from",
            "of",
            "in",
            "brokers",
            "brokerage",
            "firm",
            "house",
            "bank",
            "banks",
            "underwriter",
            "underwriters",
            "auditor",
            "auditors");
    /** Legal forms of firms abroad, which end a firm's name as "Inc" does ("Graan Elevator Mij", "Vitro SA"). */
    private static final String FOREIGN_COMPANY_FORM = "(?:AG|SA|NV|BV|GmbH|SpA|Mij)";

    private static final Pattern FIRM_AT_END =
            Pattern.compile("\\s(?:" + COMPANY_FORM + "|" + FOREIGN_COMPANY_FORM + "|Sons|Partners|Associates)\\.?$");
    /** Nouns that open the name of a bank or a company abroad ("Banque Bruxelles Lambert", "Compagnie Francaise"). */
    private static final Pattern FIRM_AT_START = Pattern.compile(
            "^(?:Banque|Banco|Banca|Bank|Compagnie|Compania|Compañía|Companhia|Societe|Société|Sociedad|Caisse)\\s");

    private static final Pattern POLL_AFTER =
            Pattern.compile("\\s+(?:poll|polls|survey|surveys|organization|organisation)\\b");
    static final EndAnchored OUTLET_BEFORE =
            EndAnchored.of("\\b(?:[Aa]ccording\\s+to|[Rr]eported\\s+by)\\s+$", "to", "by");
    private static final Pattern OUTLET_AFTER = Pattern.compile("\\s+(?:reports|reported|reporting)\\b");
    static final EndAnchored THE_BEFORE = EndAnchored.of("(?:^|[^\\p{L}])[Tt]he\\s+$", "the");
    /**
     * What makes a name the first part of an award's modifier ("Oscar-winning director", "Booker-shortlisted novel")
     * or of a town's longer name ("Henley-on-Thames"); a name written only so names no person. Not any modifier: the
     * "Icahn-led group" and "Rha Woong-bae" are people's.
     */
    private static final Pattern COMPOUND_MODIFIER_AFTER =
            Pattern.compile("-(?:winning|nominated|shortlisted|(?:on|upon)-\\p{Lu})");

    /** What may follow a name used as a noun of its own: the end of a clause or a word that starts another phrase. */
    private static final Pattern NOUN_END_AFTER = Pattern.compile(
            "(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:and|or|but|at|in|on|to|from|with|by|for|near|which|where|was|is|has|had)\\b)");

    /** What stands before a bill's name: "the", a capitalised word (group 1) or a closing bracket. */
    private static final Pattern BEFORE_LEGISLATION =
            Pattern.compile("(?:(?:^|[^\\p{L}])[Tt]he|(\\p{Lu}[\\p{L}'\u2019-]*)|\\))\\s+$");

    /**
     * A role in a team, party, band or firm, between the side's name and a member's full name ("Tory leader Michael
     * Howard", "Charlton midfielder Graham Stuart"); not a role a person's staff has ("Reagan spokesman Marlin
     * Fitzwater"), nor a possessive ("Shakespeare's Richard III" as much as "Chelsea's John Terry").
     */
    private static final Pattern MEMBER_ROLE_AFTER = Pattern.compile("\\s+(?:leader|manager|coach|boss|captain"
            + "|chairman|defender|midfielder|striker|goalkeeper|keeper|winger|forward|singer|frontman|guitarist"
            + "|drummer|nominee|winner|MP|MEP|candidate)\\s+");

    /**
     * The roles a band or a team has and a person has not, after a name of two words or more ("Franz Ferdinand
     * frontman Alex Kapranos"): a person may have a nominee, a candidate or an MP of theirs ("Bush nominee John
     * Bolton").
     */
    private static final Pattern BAND_OR_TEAM_ROLE_AFTER = Pattern.compile("\\s+(?:manager|coach|boss|captain"
            + "|defender|midfielder|striker|goalkeeper|keeper|winger|singer|frontman|guitarist|drummer|bassist)\\s+");

    /**
     * The members of a firm or a team as a body, or a role in a team, right after its name, where no person has them
     * ("Viacom shareholders", "a Chelsea side", "the Boro defender"): a person's staff, who have a spokesman, are left
     * out.
     */
    private static final Pattern BODY_OR_TEAM_ROLE_AFTER = Pattern.compile("\\s+(?:shareholders|stockholders"
            + "|executives|employees|manager|boss|defender|midfielder|striker|goalkeeper|keeper|winger|side)\\b");

    /**
     * Kinds of firm or body a one-word name is named as ("security firm Clearswift", "Titan, a California-based
     * company").
     */
    private static final List<String> KINDS_OF_FIRM = List.of(
            "firm",
            "company",
            "retailer",
            "broadcaster",
            "network",
            "website",
            "bank",
            "carrier",
            "airline",
            "chain",
            "studio",
            "label",
            "giant",
            "group",
            "agency",
            "manufacturer",
            "insurer",
            "lender",
            "brewer",
            "supermarket",
            "operator",
            "provider",
            "engine",
            "service",
            "conglomerate",
            "subsidiary",
            "unit",
            "exchange");

    /**
     * What makes a name only the first word of a longer one ("security firm Arbor Networks", "brewing giant Foster's
     * Group", "insurance firm Marsh &amp; McLennan"), which the recognizer has found whole.
     */
    private static final Pattern NAME_GOES_ON =
            Pattern.compile("(?:['\u2019]s)?\\s+\\p{Lu}|\\s+(?:and|&)\\s+\\p{Lu}|-\\p{Lu}");
    /** What makes a name only the last word of a longer one ("Pratt and Whitney", "Keeler/Dorr-Oliver"). */
    private static final Pattern NAME_STARTED_BEFORE =
            Pattern.compile("(?:\\p{Lu}[\\p{L}.'-]*\\s+(?:and|&)\\s+|[-/&])$");

    private static final String KIND_OF_FIRM = "(?:" + String.join("|", KINDS_OF_FIRM) + ")";
    /** The kind right before the name: "blog analysis firm Technorati", "Dutch merchant bank Pierson". */
    private static final EndAnchored KIND_OF_FIRM_BEFORE =
            EndAnchored.of("\\b" + KIND_OF_FIRM + "\\s+$", KINDS_OF_FIRM.toArray(String[]::new));
    /** Kinds of firm that never name a person's trade ("accountancy firm Grant Thornton", "literary agency"). */
    private static final List<String> KINDS_OF_FIRM_ONLY = List.of(
            "firm",
            "company",
            "agency",
            "retailer",
            "lender",
            "insurer",
            "bank",
            "supermarket",
            "conglomerate",
            "bookmaker");

    /**
     * Such a kind right before a full name, after a word that says which ("engineering firm Balfour Beatty", "the
     * British company Townsend Thoresen", "Scott's company Scott Free"), not after "the" or "a": "chairman of the firm
     * Gordon Wu said" names the firm's chairman.
     */
    private static final EndAnchored KIND_OF_FIRM_ONLY_BEFORE = EndAnchored.of(
            "(?<![\\p{L}'\u2019-])(?!(?i:the|a|an|of|its|his|her|their|this|that|whose)\\s)[\\p{L}'\u2019-]+\\s+(?:"
                    + String.join("|", KINDS_OF_FIRM_ONLY) + ")\\s+$",
            KINDS_OF_FIRM_ONLY.toArray(String[]::new));

    /**
     * The kind as the head of an apposition right after the name, "a", "the" or a possessive and up to three words
     * before it, and the apposition's end or a word that goes on about the firm after it ("Churchill, a privately held
     * firm that", "Leo, a subsidiary of Pharmacia"): not "Smith, a company director", nor "the company's chairman".
     */
    private static final Pattern KIND_OF_FIRM_AFTER = Pattern.compile(",\\s+(?:a|an|the|\\p{Lu}\\p{L}+['\u2019]s)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:" + KIND_OF_FIRM
            + "(?=\\s*[,.;:)]|\\s+(?:that|which|based|in|with|and|whose|owned)\\b)"
            + "|(?:unit|subsidiary|division|affiliate)\\s+of\\b)");

    /**
     * Shares or stock right after the name, where the word is no verb ("Smith shares the view"): a count or a word of
     * owning or trading before the name ("bought 65,000 Ogelbay shares", "all of Piedmont shares"), or a price's move
     * after the word ("Bredero shares fell", "Pernod shares in Paris slipped"). A market's stock is a place's, and
     * "Bank of Ireland shares" the bank's.
     */
    private static final Pattern SHARES_AFTER = Pattern.compile(
            "\\s+(?:shares|stock)\\b(?!\\s+(?:markets?|exchanges?|prices?|index|indices|futures|options)\\b)");

    private static final Pattern SHARE_COUNT_BEFORE = Pattern.compile("(?:\\d|(?<![\\p{L}'-])(?:mln|million|billion"
            + "|all|any|new|existing|outstanding|additional|its|buy|bought|sell|sold|own|owns|owned|hold|holds|held"
            + "|acquire|acquired|tendered|more)|(?<![\\p{L}'-])\\p{Ll}+\\s+of)\\s+$");
    private static final Pattern PRICE_MOVE_AFTER = Pattern.compile(
            "\\s+(?:shares|stock)(?:\\s+(?:in|on)\\s+\\p{Lu}\\p{L}+)?\\s+(?:rose|fell|jumped|slipped|gained|lost|closed"
                    + "|dropped|climbed|traded|ended|eased|firmed|surged|tumbled|plunged|soared|slumped|finished|opened"
                    + "|edged|dipped|rallied|recovered|advanced|declined|sank|were|are|have|had)\\b");

    /** A plural verb right after the name: a group is its subject ("Chelsea are top", "Coldplay have announced"). */
    private static final Pattern PLURAL_VERB_AFTER = Pattern.compile("\\s+(?:are|have|were)\\b|['\u2019](?:re|ve)\\b");
    /**
     * What makes the name no subject of the verb after it, or only part of one: a joined name ("she and sister Venus
     * are"), a preposition ("proposed by Lord Dubs were"), a title or another capitalised word of the name.
     */
    private static final Pattern NO_SUBJECT_BEFORE = Pattern.compile("(?:(?:^|[^\\p{L}])(?:and|or|nor"
            + "|by|of|to|from|with|for|at|in|on|about|against|than|the|late|sister|brother|wife|husband|son|daughter)"
            + "|[&,]|\\p{Lu}[\\p{L}'\u2019-]*)\\s*$");

    /**
     * A kind of work, or a part in one, right before its title; on one line, so a headline's last word does not run
     * into the body's first name.
     */
    static final EndAnchored WORK_BEFORE = EndAnchored.of(
            "\\b(?:film|movie|drama|comedy|thriller|musical|biopic"
                    + "|documentary|cartoon|album|single|song|novel|opera|sitcom|soap)\\h+$"
                    + "|\\b(?:roles?\\h+(?:in|of)|(?:starring|starred|stars|appearances?|performances?)\\h+in)\\h+$",
            "film",
            "movie",
            "drama",
            "comedy",
            "thriller",
            "musical",
            "biopic",
            "documentary",
            "cartoon",
            "album",
            "single",
            "song",
            "novel",
            "opera",
            "sitcom",
            "soap",
            "in",
            "of");
    /** The people of a work right after its title ("Ray star Jamie Foxx", "Harry Potter director Alfonso Cuaron"). */
    private static final Pattern WORK_PEOPLE_AFTER =
            Pattern.compile("\\h+(?:star|stars|co-star|actor|actress|author|creator|director|producer)\\h+\\p{Lu}");
    /** What a person does right after the name, or a possessive: no title then ("her role in Mike Nichols' Closer"). */
    private static final Pattern PERSON_AFTER = Pattern.compile("['\u2019]"
            + "|\\h+(?:said|says|told|made|makes|directed|directs|wrote|writes|played|plays|starred|stars\\h+in"
            + "|won|wins|produced|sang|sings)\\b");

    static final EndAnchored BAND_BEFORE = EndAnchored.of("\\bband\\h+$", "band");
    /**
     * A word for a site or a measure named after a person or a place: "the Sullivan mine", "the Rostam platform", "the
     * Richter scale".
     */
    private static final Pattern SITE_AFTER = Pattern.compile("\\s+(?:mines?|fields?|oilfields?|deposits?|prospect"
            + "|refinery|smelter|reservoir|dam|pipeline|terminal|platform|concession|scale)\\b");

    static final EndAnchored TITLE_OF_BEFORE = EndAnchored.of("\\p{Lu}\\p{L}+\\s+of\\s+$", "of");
    /** The title a portfolio names ("Energy Secretary", "Finance Minister", "EC Agriculture Commissioner"). */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\h+(?:[Ss]ecretary|[Ss]ecretaries|[Mm]inisters?"
            + "|[Uu]ndersecretary|[Uu]nder-[Ss]ecretary|[Cc]ommissioners?)\\b");

    /**
     * Words of a portfolio's name that name no department alone, so are no {@link GovernmentFields#PORTFOLIOS}:
     * "Corporate Affairs Minister", "Civil Aviation minister", "EC External Trade Commissioner".
     */
    private static final Set<String> TITLE_FIELD_WORDS = Set.of("affairs", "aviation", "corporate", "external");

    /**
     * The labour portfolio, whose word is also a party's name: a portfolio only right before the title in capitals and
     * a name ("Labour Minister Almir Pazzianotto"), as "Labour ministers" are the party's.
     */
    private static final Set<String> LABOUR = Set.of("labour", "labor");

    private static final Pattern TITLE_AND_NAME_AFTER = Pattern.compile("\\h+(?:Minister|Secretary)\\h+\\p{Lu}");

    /** The bank that leads or shares the managing of a bond or share issue, named right after its role. */
    static final EndAnchored ISSUE_MANAGER_BEFORE = EndAnchored.of(
            "\\b(?:sole|lead|co-lead|joint[ -]lead|co-)[ -]?managers?(?:\\s+(?:is|was|are|were))?\\s+$",
            "manager",
            "managers",
            "is",
            "was",
            "are",
            "were");

    /** A comma after a name: the partners' names of a firm may go on ("Kleinwort, Benson Ltd", {@link CommaFirms}). */
    private static final Pattern COMMA_AFTER = Pattern.compile("\\h*,");

    /** The same bank named right before its role ("L.F. Rothschild co-managed the deal"). */
    static final Pattern ISSUE_MANAGER_AFTER = Pattern.compile(
            ",?\\s+(?:co-managed|lead-managed|lead managed|(?:was|is|will be)\\s+(?:the\\s+)?(?:sole|lead|co-lead)"
                    + "[ -]?manager)\\b");

    private static final Pattern BRACKETED_INITIALS_AFTER = Pattern.compile("\\h*\\((\\p{Lu}[\\p{L}.]{1,11})\\)");
    private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s-]+");

    private static final int LOOK_BEHIND = 60;

    private NotPeopleContexts() {}

    static List<EntityMention> apply(String text, List<EntityMention> mentions) {
        int[] starts = ContextWords.starts(text, mentions);
        Findings found = new Findings();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention mention = mentions.get(i);
            String key = key(mention.text());
            if (starts[i] < 0) {
                found.seenElsewhere.add(key);
                found.personAsName.add(key);
                found.notModifiers.add(key);
                continue;
            }
            int end = ContextWords.end(text, starts[i], mention.text());
            String before = text.substring(Math.max(0, starts[i] - LOOK_BEHIND), starts[i]);
            if (mention.kind() == EntityKind.PERSON) {
                if (isLegislation(mention.text(), before)) {
                    found.legislation.add(i);
                }
                personContext(text, end, before, key, found);
                if (isFollowedByItsInitials(mention.text(), text, end) || isAnIssuesManager(text, before, end)) {
                    found.organizations.add(key);
                }
            }
            if (mention.kind() == EntityKind.ORGANIZATION
                    && ((!mention.text().contains(" ") && TITLE_OF_BEFORE.find(before))
                            || isPortfolioOfATitle(mention.text(), text, end))) {
                found.titleParts.add(key);
            } else {
                found.seenElsewhere.add(key);
            }
        }
        found.organizations.addAll(namesStartingAFirm(mentions));
        found.sides.addAll(sides(text, mentions));
        found.sides.addAll(bodies(text, mentions));
        return found.applyTo(mentions);
    }

    /**
     * "the Hunting Bill", "the Finance Bill", "(Miscellaneous Provisions) Bill", "the Bill": the noun, taken for a
     * first name; "President Bill" would be the name.
     */
    private static boolean isLegislation(String mention, String before) {
        if (!mention.equals("Bill")) {
            return false;
        }
        Matcher word = BEFORE_LEGISLATION.matcher(before);
        return word.find() && (word.group(1) == null || !NameWords.TITLES.contains(key(word.group(1))));
    }

    /**
     * The "persons" written somewhere before a member's role and one of the article's full names ("Chelsea boss Jose
     * Mourinho"; a name of two words or more only before a band's or a team's role: "Franz Ferdinand frontman Alex
     * Kapranos"), wherever the recognizer found that name.
     */
    private static Set<String> sides(String text, List<EntityMention> mentions) {
        List<String> fullNames = mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON && m.text().strip().contains(" "))
                .map(m -> m.text().strip())
                .toList();
        Set<String> sides = new HashSet<>();
        if (fullNames.isEmpty()) {
            return sides;
        }
        mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON)
                .map(m -> m.text().strip())
                .distinct()
                .filter(name ->
                        isSide(text, name, fullNames, name.contains(" ") ? BAND_OR_TEAM_ROLE_AFTER : MEMBER_ROLE_AFTER))
                .forEach(name -> sides.add(key(name)));
        return sides;
    }

    /**
     * The one-word "persons" written somewhere right before their members as a body or a role in a team ("Viacom
     * shareholders", "as Chelsea manager"), or named as a kind of firm ("security firm Clearswift", "Titan, a
     * California-based company"), wherever the recognizer found that name.
     */
    private static Set<String> bodies(String text, List<EntityMention> mentions) {
        Set<String> bodies = new HashSet<>();
        lonePeople(mentions).forEach((key, word) -> {
            if (ContextWords.isWrittenWhere(text, word, (at, end) -> isBodyOrFirmAt(text, at, end))) {
                bodies.add(key(word));
            }
        });
        return bodies;
    }

    /**
     * Whether the name at {@code at}–{@code end} stands right before its members as a body or a team's role, or is
     * named as a kind of firm right before it or in an apposition right after it; and is the whole name there.
     */
    private static boolean isBodyOrFirmAt(String text, int at, int end) {
        String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
        return lookingAt(BODY_OR_TEAM_ROLE_AFTER, text, end)
                        && !NAME_STARTED_BEFORE.matcher(before).find()
                || isNamedAsAFirmAt(text, at, end);
    }

    /**
     * Whether the text names the name somewhere as a kind of firm, right before it or in an apposition right after it
     * ("Petro-Canada, Canada's state-owned oil company", "web tracking company Envisional"), or as a firm whose shares
     * are bought or move ("bought 73,000 Certron shares", "Horizon shares jumped"), as the whole name there.
     */
    static boolean isNamedAsAFirm(String text, String name) {
        return ContextWords.isWrittenWhere(text, name, (at, end) -> isNamedAsAFirmAt(text, at, end));
    }

    private static boolean isNamedAsAFirmAt(String text, int at, int end) {
        String before = text.substring(Math.max(0, at - LOOK_BEHIND), at);
        boolean namedAs = lookingAt(KIND_OF_FIRM_AFTER, text, end)
                || (KIND_OF_FIRM_BEFORE.find(before) && !lookingAt(NAME_GOES_ON, text, end))
                || isBeforeItsShares(text, before, end);
        return namedAs && !NAME_STARTED_BEFORE.matcher(before).find();
    }

    private static boolean isBeforeItsShares(String text, String before, int end) {
        return lookingAt(SHARES_AFTER, text, end)
                && !TITLE_OF_BEFORE.find(before)
                && (lookingAt(PRICE_MOVE_AFTER, text, end)
                        || SHARE_COUNT_BEFORE
                                .matcher(before.substring(Math.max(0, before.length() - 30)))
                                .find());
    }

    private static boolean isSide(String text, String word, List<String> fullNames, Pattern roles) {
        Matcher role = roles.matcher(text);
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
            if (wordStart && role.region(end, text.length()).lookingAt()) {
                int member = role.end();
                if (fullNames.stream().anyMatch(name -> text.startsWith(name, member))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void personContext(String text, int end, String before, String key, Findings found) {
        workContext(text, end, before, key, found);
        if (lookingAt(FIRM_AFTER, text, end)
                || (isOneSurname(key) && lookingAt(SECOND_SURNAME_OF_FIRM_AFTER, text, end))
                || lookingAt(POLL_AFTER, text, end)
                || FIRM_BEFORE.find(before)
                || KIND_OF_FIRM_ONLY_BEFORE.find(before) && !lookingAt(NAME_GOES_ON, text, end)) {
            found.organizations.add(key);
        }
        if (lookingAt(COMPOUND_MODIFIER_AFTER, text, end)) {
            found.modifiers.add(key);
        } else {
            found.notModifiers.add(key);
        }
        boolean pressOutlet = PressOutlets.isOutletAt(text, before, end);
        if (key.contains(" ")) {
            if (pressOutlet) {
                found.organizations.add(key);
            }
            return;
        }
        if (OUTLET_BEFORE.find(before) || lookingAt(OUTLET_AFTER, text, end) || pressOutlet) {
            found.outlets.add(key);
        }
        if (lookingAt(PLURAL_VERB_AFTER, text, end)
                && !NO_SUBJECT_BEFORE.matcher(before).find()) {
            found.groups.add(key);
        }
        if (lookingAt(SITE_AFTER, text, end)) {
            found.sites.add(key);
        } else {
            found.notSites.add(key);
        }
        if (!THE_BEFORE.find(before)) {
            found.personAsName.add(key);
        } else if (lookingAt(NOUN_END_AFTER, text, end)) {
            found.thingAfterThe.add(key);
        }
    }

    private static void workContext(String text, int end, String before, String key, Findings found) {
        if (BAND_BEFORE.find(before)) {
            found.bands.add(key);
        } else if ((WORK_BEFORE.find(before) || lookingAt(WORK_PEOPLE_AFTER, text, end))
                && !lookingAt(PERSON_AFTER, text, end)) {
            found.works.add(key);
        }
    }

    /**
     * "Carson Pirie Scott" when the article also has the organisation "Carson Pirie Scott and Co". A "person" whose
     * name ends in a company's form is such a firm itself ("Sara Lee Corp", "Jim Walter Corp": the recognizer labels a
     * firm named after its founder as it would the founder), as is one that opens as a bank's or a company's name abroad
     * does ("Banque Bruxelles Lambert"), and a name a firm's ends with is its too ("Brown Boveri" of "Asea Brown Boveri
     * Ltd").
     */
    private static Set<String> namesStartingAFirm(List<EntityMention> mentions) {
        Set<String> firmNames = new HashSet<>();
        Set<String> firms = new HashSet<>();
        for (EntityMention mention : mentions) {
            String name = mention.text().strip();
            boolean person = mention.kind() == EntityKind.PERSON;
            if ((person || mention.kind() == EntityKind.ORGANIZATION)
                    && (FIRM_AT_END.matcher(name).find()
                            || FIRM_AT_START.matcher(name).find())) {
                firmNames.add(name);
                if (person) {
                    firms.add(key(name));
                }
            }
        }
        for (EntityMention mention : mentions) {
            String name = mention.text().strip();
            // a one-word name inside an organisation's is left to MentionKinds, which drops it as no person
            if (mention.kind() == EntityKind.PERSON
                    && name.contains(" ")
                    && firmNames.stream()
                            .anyMatch(firm -> firm.startsWith(name + " ") || isLastWordsOfAFirm(name, firm))) {
                firms.add(key(name));
            }
        }
        return firms;
    }

    /** "Brown Boveri" of "Asea Brown Boveri Ltd": the firm's name, its company forms aside, ends with the name. */
    private static boolean isLastWordsOfAFirm(String name, String firm) {
        String withoutForms = firm;
        Matcher form = FIRM_AT_END.matcher(withoutForms);
        while (form.find()) {
            withoutForms = withoutForms.substring(0, form.start());
            form = FIRM_AT_END.matcher(withoutForms);
        }
        return withoutForms.endsWith(" " + name);
    }

    /** "Kaufman", or "Pierce, Fenner" as the recognizer may take two of a firm's surnames for one name. */
    private static boolean isOneSurname(String key) {
        return !key.contains(" ") || key.contains(",");
    }

    /**
     * A portfolio right before its title ("Energy Secretary John Herrington", "Finance Minister", "Corporate Affairs
     * Minister"), after a word that says whose it is or joined with another ("U.S. Agriculture Secretary", "Philippine
     * Finance Minister", "Trade and Industry Secretary", "EC External Trade Commissioner"): the words are the title's,
     * and name an organisation only where the article also writes them otherwise. A body's name before the title stays
     * one ("Department of Trade and Industry Secretary").
     */
    private static boolean isPortfolioOfATitle(String name, String text, int end) {
        List<String> words = List.of(key(name).split("\\s+"));
        if (words.size() == 1 && LABOUR.contains(words.getFirst())) {
            return lookingAt(TITLE_AND_NAME_AFTER, text, end);
        }
        return isTitleField(words.getLast())
                && words.subList(1, words.size()).stream().allMatch(NotPeopleContexts::isPortfolioOrJoin)
                && lookingAt(TITLE_AFTER, text, end);
    }

    private static boolean isPortfolioOrJoin(String word) {
        return isTitleField(word) || word.equals("and") || word.equals("&");
    }

    private static boolean isTitleField(String word) {
        return GovernmentFields.PORTFOLIOS.contains(word) || TITLE_FIELD_WORDS.contains(word);
    }

    /**
     * Whether the name stands right after or before the role of a bank managing an issue ("said sole manager L.F.
     * Rothschild", "E.F. Hutton co-managed the deal"): wires name firms after their founders, which the recognizer
     * takes for people. A name after the role and before a comma is left to {@link CommaFirms}, as the first partner
     * of a firm the comma goes on with ("lead manager Kleinwort, Benson Ltd").
     */
    private static boolean isAnIssuesManager(String text, String before, int end) {
        return (ISSUE_MANAGER_BEFORE.find(before) && !lookingAt(COMMA_AFTER, text, end))
                || lookingAt(ISSUE_MANAGER_AFTER, text, end);
    }

    /**
     * Whether a name of two words or more has its initials in brackets right after it, as a firm or a body introduces
     * its short name, in capitals or not ("Archer Daniels Midland (ADM)", "Bay Area Lab Co-Operative (Balco)",
     * "Compagnie Francaise de Raffinage (CFR)"); news does not introduce a person so.
     */
    private static boolean isFollowedByItsInitials(String name, String text, int end) {
        Matcher bracket = BRACKETED_INITIALS_AFTER.matcher(text).region(end, text.length());
        if (!bracket.lookingAt()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : NAME_WORD_BREAK.split(name.strip())) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2
                && initials.toString().equals(bracket.group(1).replace(".", "").toUpperCase(Locale.ROOT));
    }

    private static boolean lookingAt(Pattern pattern, String text, int from) {
        return pattern.matcher(text).region(from, text.length()).lookingAt();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The article's one-word "persons" that are no word of a full name in it, by {@link NameText#key}, each as first
     * written: the names the recognizer most often takes for a person when they are not.
     */
    static Map<String, String> lonePeople(List<EntityMention> mentions) {
        Map<String, String> lonePeople = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            if (mention.kind() == EntityKind.PERSON) {
                String word = NameText.normalizeWhitespace(mention.text());
                if (!word.isEmpty() && word.indexOf(' ') < 0) {
                    lonePeople.putIfAbsent(NameText.key(word), word);
                }
            }
        }
        if (!lonePeople.isEmpty()) {
            lonePeople.keySet().removeAll(wordsOfFullNames(mentions));
        }
        return lonePeople;
    }

    /** The words, in lower case, of every person the article names with more than one word. */
    static Set<String> wordsOfFullNames(List<EntityMention> mentions) {
        Set<String> words = new HashSet<>();
        mentions.stream()
                .filter(m -> m.kind() == EntityKind.PERSON && m.text().strip().contains(" "))
                .forEach(m -> words.addAll(List.of(NameText.wordsBetweenWhitespace(key(m.text())))));
        return words;
    }

    /** What the article's contexts said, by lower-case mention text. */
    private static final class Findings {
        final Set<String> organizations = new HashSet<>();
        final Set<String> outlets = new HashSet<>();
        /** Written before a member's role and full name, or a team's or a firm's own: a club, party, band or firm. */
        final Set<String> sides = new HashSet<>();
        /** The subject of a plural verb: a team, band or firm. */
        final Set<String> groups = new HashSet<>();

        final Set<String> bands = new HashSet<>();
        /** Titles of films, books, songs and shows, and their characters. */
        final Set<String> works = new HashSet<>();

        final Set<String> thingAfterThe = new HashSet<>();
        /** Written as the first part of an award's modifier or a town's name ("Oscar-winning"), and where not. */
        final Set<String> modifiers = new HashSet<>();

        final Set<String> notModifiers = new HashSet<>();
        /** Written right before a word for a site ("the Sullivan mine"), and where not. */
        final Set<String> sites = new HashSet<>();

        final Set<String> notSites = new HashSet<>();
        final Set<String> personAsName = new HashSet<>();
        final Set<String> seenElsewhere = new HashSet<>();
        final Set<String> titleParts = new HashSet<>();
        /** Which mentions, by position, are a bill's name rather than a person's. */
        final Set<Integer> legislation = new HashSet<>();

        List<EntityMention> applyTo(List<EntityMention> mentions) {
            titleParts.removeAll(seenElsewhere);
            thingAfterThe.removeAll(personAsName);
            modifiers.removeAll(notModifiers);
            thingAfterThe.removeIf(key -> isFamilyOf(key, mentions));
            Set<String> wordsOfFullNames = wordsOfFullNames(mentions);
            outlets.removeAll(wordsOfFullNames);
            sides.removeAll(wordsOfFullNames);
            groups.removeAll(wordsOfFullNames);
            sites.removeAll(notSites);
            sites.removeAll(wordsOfFullNames);
            organizations.addAll(outlets);
            organizations.addAll(sides);
            organizations.addAll(groups);
            organizations.addAll(bands);
            List<EntityMention> kept = new ArrayList<>();
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention mention = mentions.get(i);
                String key = key(mention.text());
                boolean thing = mention.kind() == EntityKind.PERSON
                        && (thingAfterThe.contains(key)
                                || works.contains(key)
                                || sites.contains(key)
                                || modifiers.contains(key));
                if (titleParts.contains(key) || thing || legislation.contains(i)) {
                    continue;
                }
                boolean organization = organizations.contains(key);
                kept.add(organization ? new EntityMention(EntityKind.ORGANIZATION, mention.text()) : mention);
            }
            return kept;
        }

        /** "the Clintons" in an article about Bill Clinton: a family, so people. */
        private static boolean isFamilyOf(String key, List<EntityMention> mentions) {
            if (!key.endsWith("s")) {
                return false;
            }
            String surname = key.substring(0, key.length() - 1);
            return mentions.stream()
                    .filter(m -> m.kind() == EntityKind.PERSON)
                    .anyMatch(m -> List.of(NameText.wordsBetweenWhitespace(key(m.text())))
                            .contains(surname));
        }
    }
}
