package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonVariantsTest {

    /** An archive whose articles cannot be asked what else they name: bare surnames are taken on their counts. */
    private static final PersonVariants.CompanyOfPeople UNKNOWN = PersonVariants.CompanyOfPeople.UNKNOWN;

    /** An archive whose articles name no organisation. */
    private static final PersonVariants.OrganizationsOfPeople NO_ORGANIZATIONS = people -> Map.of();

    private static EntityAliases aliases(Object... namesAndCounts) {
        List<CurationChange> merges =
                PersonVariants.merges(ArticleCounts.of(namesAndCounts), NO_ORGANIZATIONS, UNKNOWN);
        return new EntityAliases(merges);
    }

    private static String shownAs(EntityAliases aliases, String name) {
        return aliases.canonical(FacetField.PERSON, name);
    }

    @Test
    void namesRememberedFromEarlierMergesGiveTheSameMergesAsNamesTakenApartAnew() {
        List<Map<String, Long>> commits = List.of(
                ArticleCounts.of("Wanjiru Kamaune", 9, "Kamaune", 2, "Volodymyr Zelensky", 12),
                ArticleCounts.of(
                        "Wanjiru Kamaune", 9, "Kamaune", 2, "Volodymyr Zelensky", 12, "Volodymyr Zelenskyy", 40),
                ArticleCounts.of("Ronald Reagan", 300, "Reagan", 500, "Kamaune", 3, "Volodymyr Zelenskyy", 41),
                ArticleCounts.of("Wanjiru Kamaune", 10, "Kamaune", 3, "Ronald Reagan", 300, "Reagan", 500));
        PersonVariants.NamesTakenApart remembered = new PersonVariants.NamesTakenApart();

        for (Map<String, Long> commit : commits) {
            assertEquals(
                    PersonVariants.automatic(commit, NO_ORGANIZATIONS),
                    PersonVariants.automatic(commit, remembered, NO_ORGANIZATIONS, UNKNOWN),
                    commit.toString());
        }
        assertEquals(
                2,
                PersonVariants.automatic(commits.get(3), remembered, NO_ORGANIZATIONS, UNKNOWN)
                        .size());
    }

    @Test
    void namesThatSoundAlikeButAreSpelledFarApartStayTwoPeople() {
        EntityAliases aliases = aliases(
                "Glen Moore",
                6,
                "Glenn Murray",
                4,
                "Neil Tyler",
                3,
                "Neal Tellier",
                2,
                "Dmitry Aksyonov",
                8,
                "Dmitri Aksenov",
                2,
                "Tomas Wisniewski",
                5,
                "Tomas Visnievsky",
                1);
        assertEquals("Glenn Murray", shownAs(aliases, "Glenn Murray"));
        assertEquals("Neal Tellier", shownAs(aliases, "Neal Tellier"));
        assertEquals("Dmitry Aksyonov", shownAs(aliases, "Dmitri Aksenov"), "transliterations differ in two letters");
        assertEquals("Tomas Wisniewski", shownAs(aliases, "Tomas Visnievsky"), "w and v, y and i are one sound");
    }

    @Test
    void transliterationVariantsBecomeTheMostUsedSpelling() {
        EntityAliases aliases = aliases(
                "Volodymyr Zelenskyy",
                40,
                "Volodymyr Zelensky",
                12,
                "Oleksandr Tkachivskyi",
                6,
                "Olexander Tkachivsky",
                3);
        assertEquals("Volodymyr Zelenskyy", shownAs(aliases, "Volodymyr Zelensky"));
        assertEquals("Oleksandr Tkachivskyi", shownAs(aliases, "Olexander Tkachivsky"));
    }

    @Test
    void lettersWithoutASeparableAccentAreWrittenAsEnglishWritesThem() {
        EntityAliases aliases = aliases(
                "Lech Wałęsa",
                5,
                "Lech Walesa",
                9,
                "Binali Yıldırım",
                4,
                "Binali Yildirim",
                2,
                "Søren Ravn",
                3,
                "Soren Ravn",
                1);
        assertEquals("Lech Walesa", shownAs(aliases, "Lech Wałęsa"));
        assertEquals("Binali Yıldırım", shownAs(aliases, "Binali Yildirim"), "the dotless i is an i");
        assertEquals("Søren Ravn", shownAs(aliases, "Soren Ravn"));
    }

    @Test
    void anUmlautWrittenOutIsTheUmlaut() {
        EntityAliases aliases =
                aliases("Gerhard Schröder", 20, "Gerhard Schroeder", 6, "Richard Lowe", 4, "Richard Loewy", 3);
        assertEquals("Gerhard Schröder", shownAs(aliases, "Gerhard Schroeder"));
        assertEquals(
                "Richard Loewy",
                shownAs(aliases, "Richard Loewy"),
                "an \"oe\" in a name that no one writes with an umlaut is no umlaut");
    }

    @Test
    void arabicNamesWrittenWithQOrKAndEhOrAAreOne() {
        EntityAliases aliases = aliases(
                "Rafik Hariri",
                12,
                "Rafiq al-Hariri",
                4,
                "Ismail Haniyeh",
                7,
                "Ismail Haniya",
                2,
                "Bill Gates",
                30,
                "Bill Kates",
                2);
        assertEquals("Rafik Hariri", shownAs(aliases, "Rafiq al-Hariri"));
        assertEquals("Ismail Haniyeh", shownAs(aliases, "Ismail Haniya"));
        assertEquals(
                "Bill Kates", shownAs(aliases, "Bill Kates"), "g and k are one only beside a transliteration mark");
    }

    @Test
    void aNameWrittenWithAndWithoutAHyphenBetweenItsPartsIsOne() {
        EntityAliases aliases = aliases(
                "Tsai Ing-wen",
                15,
                "Tsai Ingwen",
                2,
                "Mahmoud Ahmadinejad",
                30,
                "Mahmoud Ahmadi-Nejad",
                3,
                "Kim Jong-il",
                8,
                "Kim Jongun",
                1);
        assertEquals("Tsai Ing-wen", shownAs(aliases, "Tsai Ingwen"));
        assertEquals("Mahmoud Ahmadinejad", shownAs(aliases, "Mahmoud Ahmadi-Nejad"));
        assertEquals("Kim Jongun", shownAs(aliases, "Kim Jongun"), "father and son stay apart");
    }

    @Test
    void casingAccentsAndMiddleInitialsDoNotMakeANewPerson() {
        EntityAliases aliases = aliases(
                "Donald Trump",
                50,
                "Donald J. Trump",
                5,
                "DONALD TRUMP",
                1,
                "Élodie Ferrandou",
                3,
                "Elodie Ferrandou",
                1);
        assertEquals("Donald Trump", shownAs(aliases, "Donald J. Trump"));
        assertEquals("Donald Trump", shownAs(aliases, "DONALD TRUMP"));
        assertEquals("Élodie Ferrandou", shownAs(aliases, "Elodie Ferrandou"));
    }

    @Test
    void aBareSurnameJoinsTheOnlyFullNameWithIt() {
        EntityAliases aliases = aliases("Wanjiru Kamaune", 9, "Kamaune", 2);
        assertEquals("Wanjiru Kamaune", shownAs(aliases, "Kamaune"));
    }

    @Test
    void aBareSurnameJoinsAFullNameThatHasNearlyAllOfItsArticles() {
        EntityAliases aliases =
                aliases("Ronald Reagan", 300, "Nancy Reagan", 10, "Reagan", 500, "Donald Regan", 120, "Regan", 80);
        assertEquals("Ronald Reagan", shownAs(aliases, "Reagan"));
        assertEquals("Nancy Reagan", shownAs(aliases, "Nancy Reagan"));
        assertEquals("Donald Regan", shownAs(aliases, "Regan"), "a surname that sounds alike is another person's");
    }

    @Test
    void aWordThatIsAlsoAFirstNameStaysASurnameUnlessManyMoreArticlesUseItAsAFirstName() {
        EntityAliases aliases = aliases(
                "Michael Howard",
                104,
                "Howard Hughes",
                14,
                "Howard",
                40,
                "Crossrail Link Bill",
                1,
                "Bill Gates",
                13,
                "Bill Thompson",
                12,
                "Bill",
                20,
                "Rock Hudson",
                5,
                "Hudson Taylor",
                4,
                "Hudson",
                6,
                "Elton John",
                8,
                "John Major",
                20,
                "John Terry",
                20,
                "John",
                3);
        assertEquals("Michael Howard", shownAs(aliases, "Howard"));
        assertEquals("Bill", shownAs(aliases, "Bill"), "a first name alone is no surname of a rarer full name");
        assertEquals("Crossrail Link Bill", shownAs(aliases, "Crossrail Link Bill"));
        assertEquals("Rock Hudson", shownAs(aliases, "Hudson"), "a rarer first name does not take the surname");
        assertEquals("John", shownAs(aliases, "John"), "five times the owner's articles use it as a first name");
    }

    @Test
    void aBareSurnameNoFullNameHasJoinsTheOnePeerWithIt() {
        EntityAliases aliases =
                aliases("Lord Whitby", 12, "Whitby", 3, "Baroness Ferrol", 4, "Lady Ferrol", 2, "Ferrol", 1);
        assertEquals("Lord Whitby", shownAs(aliases, "Whitby"));
        assertEquals("Ferrol", shownAs(aliases, "Ferrol"), "two peers have that name");
    }

    @Test
    void aPeerIsNoFullNameOfItsSurname() {
        EntityAliases aliases = aliases("Lord Whitby", 12, "Nadia Whitby", 40, "Whitby", 12);
        assertEquals("Lord Whitby", shownAs(aliases, "Lord Whitby"), "a peer is seldom the commoner of that surname");
        assertEquals("Nadia Whitby", shownAs(aliases, "Whitby"), "a story that writes the title has no bare surname");
    }

    @Test
    void aBareSurnameSharedByTwoPeopleStaysApart() {
        EntityAliases aliases = aliases("Boris Johnson", 9, "Lyndon Johnson", 4, "Johnson", 3);
        assertEquals("Johnson", shownAs(aliases, "Johnson"));
        assertEquals("Boris Johnson", shownAs(aliases, "Boris Johnson"));
        assertEquals("Lyndon Johnson", shownAs(aliases, "Lyndon Johnson"));
    }

    @Test
    void differentPeopleWithSimilarNamesStayApart() {
        EntityAliases aliases = aliases(
                "Maria Brandt", 3, "Mario Brandt", 2, "Gesine Hollerbach", 6, "Lukas Hollerbach", 6, "Jonas Brandt", 1);
        assertEquals("Mario Brandt", shownAs(aliases, "Mario Brandt"));
        assertEquals("Lukas Hollerbach", shownAs(aliases, "Lukas Hollerbach"));
        assertNotEquals(PersonVariants.key("Maria Brandt"), PersonVariants.key("Mario Brandt"));
        assertNotEquals(PersonVariants.key("Jonas Brandt"), PersonVariants.key("Maria Brandt"));
    }

    @Test
    void ordinaryNamesOneVowelApartAreDifferentPeople() {
        EntityAliases aliases = aliases(
                "Tim Cook", 9, "Tom Cook", 2, "Paul Martin", 5, "Paul Morton", 4, "Dan Stone", 3, "Don Stone", 3);
        assertEquals("Tom Cook", shownAs(aliases, "Tom Cook"));
        assertEquals("Paul Morton", shownAs(aliases, "Paul Morton"));
        assertEquals("Don Stone", shownAs(aliases, "Don Stone"));
    }

    @Test
    void ehWrittenAhInAFirstSyllableIsOneName() {
        EntityAliases aliases = aliases(
                "Shehbaz Sharif", 20, "Shahbaz Sharif", 2, "Shah Mahmood Qureshi", 9, "Shah Mehmood Qureshi", 3);
        assertEquals("Shehbaz Sharif", shownAs(aliases, "Shahbaz Sharif"));
        assertEquals("Shah Mahmood Qureshi", shownAs(aliases, "Shah Mehmood Qureshi"));
    }

    @Test
    void otherFirstVowelsApartOrBesideAnotherDifferenceAreOtherPeople() {
        EntityAliases aliases = aliases(
                "Jim Henson",
                6,
                "Jim Hanson",
                4,
                "Paul Barrett",
                5,
                "Paul Berrett",
                3,
                "Marvin Davis",
                5,
                "Mervyn Davies",
                3,
                "Robert Chan",
                2,
                "Robert Chien",
                2);
        assertEquals("Jim Hanson", shownAs(aliases, "Jim Hanson"));
        assertEquals("Paul Berrett", shownAs(aliases, "Paul Berrett"));
        assertEquals("Mervyn Davies", shownAs(aliases, "Mervyn Davies"));
        assertEquals("Robert Chien", shownAs(aliases, "Robert Chien"));
    }

    @Test
    void twoGivenNamesWrittenAsOneAreOneName() {
        EntityAliases aliases = aliases(
                "Manmohan Singh", 12, "Man Mohan Singh", 2, "Abdel Aziz Bouteflika", 1, "Abdelaziz Bouteflika", 7);
        assertEquals("Manmohan Singh", shownAs(aliases, "Man Mohan Singh"));
        assertEquals("Abdelaziz Bouteflika", shownAs(aliases, "Abdel Aziz Bouteflika"));
    }

    @Test
    void aFinalAhOrTchWrittenOtherwiseIsOneName() {
        EntityAliases aliases = aliases("Mullah Omar", 8, "Mulla Omar", 2, "Leonid Kuchma", 6, "Leonid Kutchma", 1);
        assertEquals("Mullah Omar", shownAs(aliases, "Mulla Omar"));
        assertEquals("Leonid Kuchma", shownAs(aliases, "Leonid Kutchma"));
    }

    @Test
    void transliterationsOfOneForeignNameAreOnePerson() {
        EntityAliases aliases = aliases(
                "Muammar Gaddafi",
                30,
                "Moammar Gadhafi",
                10,
                "Muammar al-Qaddafi",
                4,
                "Recep Tayyip Erdoğan",
                8,
                "Recep Tayyip Erdogan",
                5,
                "Tayyip Erdogan",
                3,
                "Boris Yeltsin",
                6,
                "Boris Eltsin",
                1);
        assertEquals("Muammar Gaddafi", shownAs(aliases, "Moammar Gadhafi"));
        assertEquals("Muammar Gaddafi", shownAs(aliases, "Muammar al-Qaddafi"));
        assertEquals("Recep Tayyip Erdoğan", shownAs(aliases, "Recep Tayyip Erdogan"));
        assertEquals("Recep Tayyip Erdoğan", shownAs(aliases, "Tayyip Erdogan"));
        assertEquals("Boris Yeltsin", shownAs(aliases, "Boris Eltsin"));
    }

    @Test
    void aShorterFormMoreArticlesUseIsTheLabel() {
        EntityAliases aliases =
                aliases("Blairite Alan Milburn", 1, "Alan Milburn", 28, "Recep Tayyip Erdogan", 9, "Tayyip Erdogan", 3);
        assertEquals("Alan Milburn", shownAs(aliases, "Blairite Alan Milburn"));
        assertEquals("Alan Milburn", shownAs(aliases, "Alan Milburn"));
        assertEquals("Recep Tayyip Erdogan", shownAs(aliases, "Tayyip Erdogan"), "the longer where more use it");
    }

    @Test
    void aShorterFormOfAShorterFormStandsInTwoNamesAndStaysApart() {
        EntityAliases aliases = aliases("Luiz Inácio Lula da Silva", 2, "Inácio Lula da Silva", 5, "Lula da Silva", 9);
        assertEquals("Inácio Lula da Silva", shownAs(aliases, "Luiz Inácio Lula da Silva"));
        assertEquals("Inácio Lula da Silva", shownAs(aliases, "Inácio Lula da Silva"));
        assertEquals("Lula da Silva", shownAs(aliases, "Lula da Silva"));
    }

    @Test
    void initialsMergeOnlyWithTheOneNameTheyCanStandFor() {
        EntityAliases lone = aliases("James Baker", 40, "J. Baker", 2, "D. J. Baker", 1);
        assertEquals("James Baker", shownAs(lone, "J. Baker"));
        assertEquals("D. J. Baker", shownAs(lone, "D. J. Baker"), "D. is not James");

        EntityAliases two = aliases("James Baker", 40, "John Baker", 3, "J. Baker", 2);
        assertEquals("J. Baker", shownAs(two, "J. Baker"), "two names fit");

        EntityAliases middle =
                aliases("Charles G. Cheleden", 2, "Charles D. Cheleden", 1, "Edward D. Jones", 3, "Edward Janos", 1);
        assertEquals("Charles D. Cheleden", shownAs(middle, "Charles D. Cheleden"));
        assertEquals("Edward Janos", shownAs(middle, "Edward Janos"));
    }

    @Test
    void aSurnameThatOnlySoundsLikeAnotherStaysApart() {
        EntityAliases aliases = aliases(
                "Takashi Kiuchi", 5, "Koch", 3, "Howard Berman", 4, "Beerman", 2, "Rudolph Giuliani", 9, "Glenn", 2);
        assertEquals("Koch", shownAs(aliases, "Koch"));
        assertEquals("Beerman", shownAs(aliases, "Beerman"));
        assertEquals("Glenn", shownAs(aliases, "Glenn"));
    }

    @Test
    void everyAutomaticMergeSaysWhy() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Muammar Gaddafi", 5L);
        counts.put("Moammar Gadhafi", 2L);
        counts.put("Gaddafi", 2L);
        java.util.List<AutomaticMerge> merges = PersonVariants.automatic(counts, NO_ORGANIZATIONS);

        assertEquals(2, merges.size());
        for (AutomaticMerge merge : merges) {
            assertEquals("Muammar Gaddafi", merge.target());
            org.junit.jupiter.api.Assertions.assertTrue(
                    merge.reason().contains("\"" + merge.value() + "\""), merge.reason());
        }
    }

    @Test
    void aBareSurnameWrittenInAnotherTransliterationJoinsTheFullName() {
        EntityAliases aliases = aliases(
                "Muammar Gaddafi",
                30,
                "Kadhafi",
                3,
                "Alexei Navalny",
                6,
                "Navalnyi",
                2,
                "Ramzan Kadyrov",
                4,
                "Qadyrov",
                1);
        assertEquals("Muammar Gaddafi", shownAs(aliases, "Kadhafi"));
        assertEquals("Alexei Navalny", shownAs(aliases, "Navalnyi"));
        assertEquals("Ramzan Kadyrov", shownAs(aliases, "Qadyrov"));
    }

    @Test
    void aBareSurnameOnlySpelledLikeAnotherWithoutATransliterationMarkStaysApart() {
        EntityAliases aliases = aliases(
                "Howard Berman",
                9,
                "Beerman",
                2,
                "Bill Gates",
                9,
                "Kates",
                2,
                "Muammar Gaddafi",
                9,
                "Kadafi",
                1,
                "Nadia Khadri",
                5,
                "Kadir",
                1);
        assertEquals("Beerman", shownAs(aliases, "Beerman"));
        assertEquals("Kates", shownAs(aliases, "Kates"));
        assertEquals("Kadafi", shownAs(aliases, "Kadafi"), "no mark says it is a transliteration");
        assertEquals("Kadir", shownAs(aliases, "Kadir"), "other vowels");
        EntityAliases others = aliases("Horst Burgard", 3, "Burkhard", 3, "Mohammed Ali Abal-Khail", 3, "Gail", 1);
        assertEquals("Burkhard", shownAs(others, "Burkhard"), "kh is a sound of its own");
        assertEquals("Gail", shownAs(others, "Gail"));
    }

    @Test
    void aDistinctiveInnerNameUsedAloneJoinsTheOnlyFullNameThatHasIt() {
        EntityAliases aliases =
                aliases("Luiz Inácio Lula da Silva", 12, "Lula", 7, "Recep Tayyip Erdoğan", 5, "Tayyip", 1);
        assertEquals("Luiz Inácio Lula da Silva", shownAs(aliases, "Lula"));
        assertEquals("Recep Tayyip Erdoğan", shownAs(aliases, "Tayyip"));
    }

    @Test
    void aNameUsedAloneStaysApartWhenAnotherFullNameHasItOrItIsAGivenName() {
        EntityAliases aliases = aliases(
                "Luiz Inácio Lula da Silva",
                12,
                "Lula Washington",
                3,
                "Lula",
                7,
                "Paul Volcker",
                20,
                "Paul",
                3,
                "Andrés Manuel López Obrador",
                9,
                "Manuel Lopez",
                2,
                "López",
                2);
        assertEquals("Lula", shownAs(aliases, "Lula"));
        assertEquals("Paul", shownAs(aliases, "Paul"), "a first given name alone may be anyone's");
        assertEquals("Manuel Lopez", shownAs(aliases, "López"), "a full name with it as surname comes first");
        EntityAliases soundAlike = aliases(
                "Murilo Rubens Habbema",
                2,
                "Robbins",
                2,
                "Hovis McDougall Plc",
                1,
                "McDougall",
                1,
                "Louis Gerstner Jr.",
                1,
                "Gerstner",
                1);
        assertEquals("Robbins", shownAs(soundAlike, "Robbins"), "a word that only sounds alike is no evidence");
        assertEquals("McDougall", shownAs(soundAlike, "McDougall"), "a firm taken for a person holds no surname");
        assertEquals("Louis Gerstner Jr.", shownAs(soundAlike, "Gerstner"), "the surname before a generation");
    }

    @Test
    void aMergeOfANameUsedAloneSaysWhy() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Luiz Inácio Lula da Silva", 4L);
        counts.put("Lula", 2L);
        counts.put("Muammar Gaddafi", 4L);
        counts.put("Kadhafi", 1L);

        assertEquals(
                java.util.List.of(
                        "\"Lula\" is an inner part of \"Luiz Inácio Lula da Silva\", the only full name that has"
                                + " that word anywhere",
                        "\"Kadhafi\" is a transliteration of the surname of \"Muammar Gaddafi\", the only full name"
                                + " with it"),
                PersonVariants.automatic(counts, NO_ORGANIZATIONS).stream()
                        .map(AutomaticMerge::reason)
                        .toList());
    }

    /** An archive where each person's articles name the values given ("person:…", "place:…", "org:…") after them. */
    private static PersonVariants.CompanyOfPeople company(String... personThenValues) {
        Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
        String person = null;
        for (String word : personThenValues) {
            int colon = word.indexOf(':');
            String kind = colon < 0 ? "" : word.substring(0, colon);
            if (List.of("person", "place", "org").contains(kind)) {
                named.computeIfAbsent(person, k -> new java.util.HashSet<>())
                        .add(PersonVariants.CompanyOfPeople.named(
                                FacetField.byParameter(kind).orElseThrow(), word.substring(colon + 1)));
            } else {
                person = word;
            }
        }
        return people -> named;
    }

    private static EntityAliases inCompany(PersonVariants.CompanyOfPeople company, Object... namesAndCounts) {
        return new EntityAliases(PersonVariants.merges(ArticleCounts.of(namesAndCounts), NO_ORGANIZATIONS, company));
    }

    @Test
    void aBareSurnameJoinsTheFullNameOnlyWhereTheirArticlesShareAValue() {
        PersonVariants.CompanyOfPeople company = company(
                "Derek Wyatt",
                "org:Labour",
                "place:Westminster",
                "person:Tessa Jowell",
                "Wyatt",
                "org:Wasps",
                "person:Lawrence Dallaglio",
                "Charles Kennedy",
                "org:Liberal Democrats",
                "person:Tony Blair",
                "Kennedy",
                "org:Liberal Democrats",
                "place:Inverness");

        EntityAliases aliases = inCompany(company, "Derek Wyatt", 4, "Wyatt", 2, "Charles Kennedy", 40, "Kennedy", 9);

        assertEquals("Wyatt", shownAs(aliases, "Wyatt"), "a rugby player's stories name nothing the MP's do");
        assertEquals("Charles Kennedy", shownAs(aliases, "Kennedy"));
    }

    @Test
    void aBareSurnameJoinsAFullNameItsOwnArticleNamesAsWell() {
        PersonVariants.CompanyOfPeople company =
                company("Keith Skeoch", "org:James Capel", "Skeoch", "person:Keith Skeoch");

        EntityAliases aliases = inCompany(company, "Keith Skeoch", 1, "Skeoch", 1);

        assertEquals("Keith Skeoch", shownAs(aliases, "Skeoch"));
    }

    @Test
    void aValueNamedAcrossTheArchiveIsNoCompany() {
        PersonVariants.CompanyOfPeople company = company(
                "David Rice", "place:United States", "org:BHP Steel", "Rice", "place:United States", "org:USDA");
        Map<String, Long> articles = Map.of(
                PersonVariants.CompanyOfPeople.named(FacetField.PLACE, "United States"), 4_000L,
                PersonVariants.CompanyOfPeople.named(FacetField.ORG, "USDA"), 90L,
                PersonVariants.CompanyOfPeople.named(FacetField.ORG, "BHP Steel"), 3L);

        EntityAliases aliases = inCompany(company.distinctive(articles, 19_000), "David Rice", 2, "Rice", 4);

        assertEquals("Rice", shownAs(aliases, "Rice"), "the United States are named in one article in five");
    }

    @Test
    void aBareSurnameMergeSaysWhatTheTwoNamesShare() {
        PersonVariants.CompanyOfPeople company = company(
                "Charles Kennedy",
                "place:Inverness",
                "Kennedy",
                "place:Inverness",
                "Keith Skeoch",
                "org:James Capel",
                "Skeoch",
                "person:Keith Skeoch");

        List<AutomaticMerge> merges = PersonVariants.automatic(
                ArticleCounts.of("Charles Kennedy", 40, "Kennedy", 9, "Keith Skeoch", 1, "Skeoch", 1),
                new PersonVariants.NamesTakenApart(),
                NO_ORGANIZATIONS,
                company);

        assertEquals(
                List.of(
                        "\"Skeoch\" is the surname of \"Keith Skeoch\", the only full name with it, and an article"
                                + " names both",
                        "\"Kennedy\" is the surname of \"Charles Kennedy\", the only full name with it, and articles"
                                + " of each name \"Inverness\""),
                merges.stream()
                        .map(AutomaticMerge::reason)
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
    }

    @Test
    void withoutArticlesToAskABareSurnameIsTakenOnItsCount() {
        EntityAliases aliases = inCompany(PersonVariants.CompanyOfPeople.UNKNOWN, "Derek Wyatt", 4, "Wyatt", 2);

        assertEquals("Derek Wyatt", shownAs(aliases, "Wyatt"));
    }

    /** An archive where each person's articles name the organisations given, "person", "org", "org", … per person. */
    private static PersonVariants.OrganizationsOfPeople organizations(String... personThenOrganizations) {
        Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
        String person = null;
        for (String word : personThenOrganizations) {
            if (word.startsWith("org:")) {
                named.computeIfAbsent(person, k -> new java.util.HashSet<>()).add(word.substring(4));
            } else {
                person = word;
            }
        }
        return people -> named;
    }

    private static EntityAliases aliases(PersonVariants.OrganizationsOfPeople organizations, Object... namesAndCounts) {
        return new EntityAliases(PersonVariants.merges(ArticleCounts.of(namesAndCounts), organizations, UNKNOWN));
    }

    @Test
    void aFamiliarGivenNameJoinsTheFullNameWhenAnOrganisationIsNamedWithEach() {
        EntityAliases aliases = aliases(
                organizations(
                        "Jim Wright",
                        "org:House",
                        "org:Democrats",
                        "James Wright",
                        "org:Democrats",
                        "Bob Dole",
                        "org:Senate",
                        "Robert Dole",
                        "org:Senate"),
                "Jim Wright",
                38,
                "James Wright",
                10,
                "Bob Dole",
                3,
                "Robert Dole",
                20);

        assertEquals("Jim Wright", shownAs(aliases, "James Wright"));
        assertEquals("Robert Dole", shownAs(aliases, "Bob Dole"));
    }

    @Test
    void aFamiliarGivenNameStaysApartWithoutAnOrganisationNamedWithEach() {
        EntityAliases aliases = aliases(
                organizations("Bob Smith", "org:House", "Robert Smith", "org:Syncrude"),
                "Bob Smith",
                1,
                "Robert Smith",
                1,
                "Andy Scott",
                1,
                "Andrew Scott",
                1);

        assertEquals("Bob Smith", shownAs(aliases, "Bob Smith"));
        assertEquals("Andy Scott", shownAs(aliases, "Andy Scott"));
    }

    @Test
    void aFamiliarGivenNameNeedsOneFullNameItCanStandForWithTheRestSpelledTheSame() {
        PersonVariants.OrganizationsOfPeople everyoneAtAcme = people -> {
            Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
            people.forEach(person -> named.put(person, java.util.Set.of("Acme")));
            return named;
        };
        EntityAliases aliases = aliases(
                everyoneAtAcme,
                "Ted Baird",
                2,
                "Edward Baird",
                2,
                "Theodore Baird",
                2,
                "Bob Reid",
                2,
                "Robert Reed",
                2,
                "Jim Carter",
                2,
                "Jimmy Carter",
                2,
                "Steve Hollis",
                2,
                "Steven Hollis",
                5,
                "Mike A. Lund",
                2,
                "Michael B. Lund",
                2,
                "Harry Kell",
                2,
                "Henry Kell",
                2);

        assertEquals("Ted Baird", shownAs(aliases, "Ted Baird"), "Edward or Theodore");
        assertEquals("Bob Reid", shownAs(aliases, "Bob Reid"), "Reid is not Reed");
        assertEquals("Jim Carter", shownAs(aliases, "Jim Carter"), "no full name written out");
        assertEquals("Steven Hollis", shownAs(aliases, "Steve Hollis"));
        assertEquals("Mike A. Lund", shownAs(aliases, "Mike A. Lund"), "middle initials contradict");
        assertEquals("Harry Kell", shownAs(aliases, "Harry Kell"), "Harry is a given name in its own right");
    }

    @Test
    void anOrganisationNamedAcrossTheArchiveIsNoEvidence() {
        PersonVariants.OrganizationsOfPeople named = organizations(
                "Bill Brodsky",
                "org:Reuters",
                "org:Federal Reserve",
                "org:CME",
                "William Brodsky",
                "org:Reuters",
                "org:CME",
                "Jim O'Neill",
                "org:Reuters",
                "org:Federal Reserve",
                "James O'Neill",
                "org:Reuters",
                "org:Federal Reserve");
        Map<String, Long> articlesPerOrganization = Map.of("Reuters", 900L, "Federal Reserve", 101L, "CME", 70L);

        EntityAliases aliases = aliases(
                named.distinctive(articlesPerOrganization, 10_000),
                "Bill Brodsky",
                1,
                "William Brodsky",
                5,
                "Jim O'Neill",
                1,
                "James O'Neill",
                3);

        assertEquals("William Brodsky", shownAs(aliases, "Bill Brodsky"), "CME is named in 70 of 10,000 articles");
        assertEquals("Jim O'Neill", shownAs(aliases, "Jim O'Neill"), "the Fed is named in more than 1 in 100");
    }

    @Test
    void inASmallArchiveAnOrganisationIsCommonOnlyBeyondFiftyArticles() {
        PersonVariants.OrganizationsOfPeople named =
                organizations("Dick Darman", "org:Treasury", "Richard Darman", "org:Treasury");

        EntityAliases fifty =
                aliases(named.distinctive(Map.of("Treasury", 50L), 200), "Dick Darman", 1, "Richard Darman", 5);
        EntityAliases fiftyOne =
                aliases(named.distinctive(Map.of("Treasury", 51L), 200), "Dick Darman", 1, "Richard Darman", 5);

        assertEquals("Richard Darman", shownAs(fifty, "Dick Darman"));
        assertEquals("Dick Darman", shownAs(fiftyOne, "Dick Darman"));
    }

    @Test
    void aFamiliarMergeSaysWhy() {
        List<AutomaticMerge> merges = PersonVariants.automatic(
                ArticleCounts.of("Dick Darman", 1, "Richard Darman", 5),
                organizations("Dick Darman", "org:Treasury", "Richard Darman", "org:Treasury"));

        assertEquals(1, merges.size());
        assertEquals(
                "\"Dick Darman\" writes familiarly the given name of \"Richard Darman\", the only full name it can"
                        + " stand for, and an organisation is named with each",
                merges.getFirst().reason());
    }

    @Test
    void aFullNameMisspeltByOneConsonantIsTheNameItMisspells() {
        EntityAliases aliases = aliases(
                "Paul Volcker",
                109,
                "Paul Vocker",
                1,
                "Volcker",
                40,
                "Marlin Fitzwater",
                41,
                "Marlin Fitwater",
                1,
                "Paul Johnson",
                4,
                "Paul Johnston",
                1,
                "Otto Johnston",
                2,
                "Martin Davis",
                1,
                "Marvin Davis",
                2);
        assertEquals("Paul Volcker", shownAs(aliases, "Paul Vocker"));
        assertEquals("Marlin Fitzwater", shownAs(aliases, "Marlin Fitwater"));
        assertEquals("Paul Johnston", shownAs(aliases, "Paul Johnston"));
        assertEquals("Martin Davis", shownAs(aliases, "Martin Davis"));
    }

    @Test
    void aGivenNameOfAnotherEndingIsAnotherPerson() {
        EntityAliases aliases = aliases(
                "Christian Hartwell",
                12,
                "Christina Hartwell",
                1,
                "Daniel Okafor",
                9,
                "Daniela Okafor",
                2,
                "Malcolm Brandauer",
                9,
                "Malcom Brandauer",
                1,
                "William Ostrander",
                9,
                "Willian Ostrander",
                1,
                "Francesca Moretti",
                9,
                "Fancesca Moretti",
                1);
        assertEquals("Christina Hartwell", shownAs(aliases, "Christina Hartwell"));
        assertEquals("Daniela Okafor", shownAs(aliases, "Daniela Okafor"));
        assertEquals("Malcolm Brandauer", shownAs(aliases, "Malcom Brandauer"));
        assertEquals("William Ostrander", shownAs(aliases, "Willian Ostrander"));
        assertEquals("Francesca Moretti", shownAs(aliases, "Fancesca Moretti"));
    }

    @Test
    void aNameOfOneWordIsNoMisspelling() {
        EntityAliases aliases = aliases("Suharto", 30, "Sauharto", 1);
        assertEquals("Sauharto", shownAs(aliases, "Sauharto"));
    }

    @Test
    void aNameWrittenWithOtherSpacesOrDotsIsOnePerson() {
        EntityAliases aliases = aliases(
                "Margaret Thatcher",
                56,
                "MargaretThatcher",
                1,
                "R.N. Malhotra",
                2,
                "R. N. Malhotra",
                1,
                "Carlos Romo Leroux",
                1,
                "Carlos Romoleroux",
                1,
                "Tom von Garlem",
                1,
                "Tom VonGarlem",
                1);

        assertEquals("Margaret Thatcher", shownAs(aliases, "MargaretThatcher"));
        assertEquals("R.N. Malhotra", shownAs(aliases, "R. N. Malhotra"));
        assertEquals("Carlos Romo Leroux", shownAs(aliases, "Carlos Romoleroux"));
        assertEquals("Tom von Garlem", shownAs(aliases, "Tom VonGarlem"));
    }
}
