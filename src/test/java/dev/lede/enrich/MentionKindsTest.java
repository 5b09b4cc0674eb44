package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionKindsTest {

    @Test
    void aNameLabelledTwoWaysTakesTheKindMostOfItsMentionsHave() {
        assertEquals(
                List.of(place("Lyon"), place("Lyon"), place("Lyon")),
                MentionKinds.reconcile(List.of(place("Lyon"), person("Lyon"), place("Lyon"))));
    }

    @Test
    void aTieBetweenPlaceAndPersonGoesToThePlace() {
        assertEquals(
                List.of(place("Jordan"), place("Jordan")),
                MentionKinds.reconcile(List.of(person("Jordan"), place("Jordan"))));
    }

    @Test
    void aShoutedDatelineTakesTheArticlesOwnSpellingOrTitleCase() {
        assertEquals(
                List.of(place("Rotterdam"), place("Rotterdam")),
                MentionKinds.reconcile(List.of(place("ROTTERDAM"), place("Rotterdam"))));
        assertEquals(List.of(place("Mombasa")), MentionKinds.reconcile(List.of(place("MOMBASA"))));
        assertEquals(List.of(place("Sao Paulo")), MentionKinds.reconcile(List.of(place("SAO PAULO"))));
    }

    @Test
    void aShoutedPossessiveOrContractionIsNotASecondWordButAOneLetterPrefixIs() {
        assertEquals(
                List.of(org("Moody's"), person("O'Brien"), person("D’Arcy"), place("Cote D'Ivoire")),
                MentionKinds.reconcile(
                        List.of(org("MOODY'S"), person("O'BRIEN"), person("D’ARCY"), place("COTE D'IVOIRE"))));
    }

    @Test
    void aShoutedNameOfSeveralWordsTakesEachWordAsTheArticleWritesItAndMinorWordsInLowerCase() {
        assertEquals(
                List.of(org("ITT Canada Ltd"), org("ITT Corp"), org("Fruit of the Loom Inc")),
                MentionKinds.reconcile(List.of(org("ITT CANADA LTD"), org("ITT Corp"), org("FRUIT OF THE LOOM INC"))));
    }

    @Test
    void aShoutedNameKeepsTheAcronymsTheArticleWritesAloneAndInitialsWithoutAVowel() {
        assertEquals(
                List.of(
                        org("NV DSM"),
                        org("DSM"),
                        org("DAF BV"),
                        org("DAF"),
                        org("Mount St Helens Ltd"),
                        org("CBS TV Network"),
                        org("Itt Canada"),
                        org("Bayer AG"),
                        org("Aker Norcem AS"),
                        org("As Time Goes")),
                MentionKinds.reconcile(List.of(
                        org("NV DSM"),
                        org("DSM"),
                        org("DAF BV"),
                        org("DAF"),
                        org("MOUNT ST HELENS LTD"),
                        org("CBS TV NETWORK"),
                        org("ITT CANADA"),
                        org("BAYER AG"),
                        org("AKER NORCEM AS"),
                        org("AS TIME GOES"))));
    }

    @Test
    void shortAcronymsKeepTheirCapitals() {
        assertEquals(List.of(org("NATO"), place("US")), MentionKinds.reconcile(List.of(org("NATO"), place("US"))));
    }

    @Test
    void aLongNameRunningTextWritesInCapitalsKeepsThemWhereAHeadlinesOrADatelinesAreTitleCased() {
        String wire = "KESTREL SAYS GRANVIK CONFERENCE SET\nOSTRAVA, May 4 - The senator said the GRANVIK refinancing"
                + " and the Kestrel plan would pass.\nBELMONTE TRUST FUND LTD said the KORVALA unit grew.";

        assertEquals(
                List.of(org("GRANVIK"), org("GRANVIK Conference"), place("Ostrava"), person("Kestrel")),
                MentionKinds.reconcile(
                        wire, List.of(org("GRANVIK"), org("GRANVIK CONFERENCE"), place("OSTRAVA"), person("KESTREL"))));
        assertEquals(
                List.of(org("Belmonte Trust Fund Ltd"), org("KORVALA")),
                MentionKinds.reconcile(wire, List.of(org("BELMONTE TRUST FUND LTD"), org("KORVALA"))));
    }

    @Test
    void aOneWordNameLeftInCapitalsAndShortIsAnAcronym() {
        for (String acronym : List.of("DOE", "MEES", "WEIS", "L.K.", "EA")) {
            assertTrue(MentionKinds.isAcronym(acronym), acronym);
        }
        for (String name : List.of("Lara", "GOUGH", "JP McManus", "BO JO", "O'Neil")) {
            assertFalse(MentionKinds.isAcronym(name), name);
        }
    }

    @Test
    void aOneWordNameWrittenOnlyInCapitalsInLowerCaseTextIsToldApart() {
        String wire = "HALVORSEN BANKS <HALV> 2ND QTR NET\nShr 12 cts vs 10 cts.\nThe bank said it expects growth, its"
                + " Brentonville unit and the TELSTAR system aside.\nREUTER";

        for (String name : List.of("Reuter", "Halvorsen", "Telstar", "TELSTAR")) {
            assertTrue(MentionKinds.isWrittenOnlyInCapitals(name, wire), name);
        }
        for (String name : List.of("Brentonville", "Brenton", "Bank", "Halvorsen Banks", "Ruth")) {
            assertFalse(MentionKinds.isWrittenOnlyInCapitals(name, wire), name);
        }
    }

    @Test
    void aNameTheTextAlsoWritesInLowerCaseOrATextInCapitalsThroughoutSaysNothing() {
        assertFalse(MentionKinds.isWrittenOnlyInCapitals(
                "Gough", "GOUGH QUITS AS LEADER\nMinister Gough said on Friday that he would go."));
        assertFalse(
                MentionKinds.isWrittenOnlyInCapitals("Gough", "GOUGH SAID ON FRIDAY THAT HE WOULD QUIT AS LEADER."));
    }

    @Test
    void aCompanysShortNameIsNotTakenForAPerson() {
        List<EntityMention> mentions =
                List.of(org("Veresk Systems"), person("Veresk"), person("Veresk's"), person("Oleksandr Tkachivskyi"));
        assertEquals(List.of(org("Veresk Systems"), person("Oleksandr Tkachivskyi")), MentionKinds.reconcile(mentions));
    }

    @Test
    void aFirmNamedInThePossessiveIsNotTakenForThePersonOfItsName() {
        List<EntityMention> mentions =
                List.of(org("Wendy's International Inc"), person("Wendy"), person("Wendy's"), person("Ron Smith"));
        assertEquals(List.of(org("Wendy's International Inc"), person("Ron Smith")), MentionKinds.reconcile(mentions));
    }

    @Test
    void aSurnameSharedWithAPlaceStaysAPersonWhenAFullNameUsesIt() {
        List<EntityMention> mentions =
                List.of(place("Washington Heights"), person("Denzel Washington"), person("Washington"));
        assertEquals(mentions, MentionKinds.reconcile(mentions));
    }

    @Test
    void aLoneSurnameTakenForAFirmOrAPlaceIsThePersonTheStoryNamedInFull() {
        List<EntityMention> mentions = List.of(
                person("Mirela Dobrescu"),
                org("Dobrescu"),
                org("Dobrescu's"),
                person("Dobrescu"),
                person("Tomas Aranda"),
                place("Aranda"),
                place("Lisbon"),
                org("Lisbon"),
                place("Lisbon"));

        assertEquals(
                List.of(
                        person("Mirela Dobrescu"),
                        person("Dobrescu"),
                        person("Dobrescu's"),
                        person("Dobrescu"),
                        person("Tomas Aranda"),
                        person("Aranda"),
                        place("Lisbon"),
                        place("Lisbon"),
                        place("Lisbon")),
                MentionKinds.reconcile(mentions));
    }

    @Test
    void aFirmNamedAfterItsFounderStaysAFirmWhereTheStoryWritesItsLongerName() {
        List<EntityMention> mentions =
                List.of(person("Agnes Halvorsen"), org("Halvorsen Shipping ASA"), org("Halvorsen"), place("Oslo"));

        assertEquals(mentions, MentionKinds.reconcile(mentions));
    }

    @Test
    void aCityNamedNextToAScoreStaysTheTeamWhileTheArticleNamesTheCity() {
        String text = "The team flew to Denver on Monday.\nDenver 4 Boston 2\nDenver fans cheered.";
        List<EntityMention> mentions = List.of(place("Denver"), org("Denver"), org("Boston"), place("Denver"));

        assertEquals(
                List.of(place("Denver"), org("Denver"), org("Boston"), place("Denver")),
                MentionKinds.reconcile(text, mentions));
    }

    @Test
    void withoutATeamContextTheArticlesVoteStillDecides() {
        String text = "The team flew to Denver on Monday.\nDenver said it would build.\nDenver fans cheered.";
        List<EntityMention> mentions = List.of(place("Denver"), org("Denver"), place("Denver"));

        assertEquals(
                List.of(place("Denver"), place("Denver"), place("Denver")), MentionKinds.reconcile(text, mentions));
    }

    @Test
    void aNameFollowedByACompanyFormOrAPollIsAnOrganisationInTheWholeArticle() {
        String text = "Touche Ross and Co audited it. Touche Ross said so. A Gallup poll agreed, said Ann Lee.";
        List<EntityMention> mentions =
                List.of(person("Touche Ross"), person("Touche Ross"), person("Gallup"), person("Ann Lee"));

        assertEquals(
                List.of(org("Touche Ross"), org("Touche Ross"), org("Gallup"), person("Ann Lee")),
                MentionKinds.reconcile(text, mentions));
    }

    @Test
    void aPortfolioBeforeItsTitleIsNoOrganisationButABodysNameIs() {
        String text =
                "Energy Secretary Ann Ruiz met Navy Secretary Tom Bell and Health Minister Ola Berg. Acme agreed.";
        List<EntityMention> mentions = List.of(
                org("Energy"),
                person("Ann Ruiz"),
                org("Navy"),
                person("Tom Bell"),
                org("Health"),
                person("Ola Berg"),
                org("Acme"));

        assertEquals(
                List.of(person("Ann Ruiz"), org("Navy"), person("Tom Bell"), person("Ola Berg"), org("Acme")),
                MentionKinds.reconcile(text, mentions));
    }

    @Test
    void aPortfolioOfAffairsOrOfAnECommissionerBeforeItsTitleIsNoOrganisation() {
        String text = "Corporate Affairs Minister Ann Ruiz met EC External Trade Commissioner Tom Bell and the Civil"
                + " Aviation minister. Home Office Minister Ola Berg and Metropolitan Police Commissioner Al Moss"
                + " came.";
        List<EntityMention> mentions = List.of(
                org("Corporate Affairs"),
                person("Ann Ruiz"),
                org("EC External Trade"),
                person("Tom Bell"),
                org("Civil Aviation"),
                org("Home Office"),
                person("Ola Berg"),
                org("Metropolitan Police"),
                person("Al Moss"));

        assertEquals(
                List.of(
                        person("Ann Ruiz"),
                        person("Tom Bell"),
                        org("Home Office"),
                        person("Ola Berg"),
                        org("Metropolitan Police"),
                        person("Al Moss")),
                MentionKinds.reconcile(text, mentions));
    }

    @Test
    void labourBeforeAMinistersTitleAndNameIsThePortfolioButLabourMinistersAreTheParty() {
        String portfolio = "Talks were held with Labour Minister Almir Costa in Rio.";
        assertEquals(
                List.of(person("Almir Costa")),
                MentionKinds.reconcile(portfolio, List.of(org("Labour"), person("Almir Costa"))));
        String party = "Two Labour ministers resigned over the bill.";
        assertEquals(List.of(org("Labour")), MentionKinds.reconcile(party, List.of(org("Labour"))));
    }

    @Test
    void aPortfolioAfterItsCountryOrJoinedToAnotherBeforeItsTitleIsNoOrganisation() {
        String text = "U.S. Agriculture Secretary Al Moss, Chilean Finance Minister Rosa Vidal and Trade and Industry"
                + " Secretary Ian Hale met the Department of Trade and Industry Secretary's aides and Bank of Commerce"
                + " officials.";
        List<EntityMention> mentions = List.of(
                org("U.S. Agriculture"),
                person("Al Moss"),
                org("Chilean Finance"),
                person("Rosa Vidal"),
                org("Trade and Industry"),
                person("Ian Hale"),
                org("Department of Trade and Industry"),
                org("Bank of Commerce"));

        assertEquals(
                List.of(
                        person("Al Moss"),
                        person("Rosa Vidal"),
                        person("Ian Hale"),
                        org("Department of Trade and Industry"),
                        org("Bank of Commerce")),
                MentionKinds.reconcile(text, mentions));
    }

    @Test
    void aPortfolioTheArticleAlsoNamesOtherwiseStaysAnOrganisation() {
        String text = "Trade Minister Li Wen spoke. Later Trade said exports rose.";
        List<EntityMention> mentions = List.of(org("Trade"), person("Li Wen"), org("Trade"));

        assertEquals(mentions, MentionKinds.reconcile(text, mentions));
    }

    @Test
    void theTailOfATitleIsNoOrganisation() {
        String text = "Secretary of State George Shultz met the Minister of Finance. Acme said nothing.";
        List<EntityMention> mentions = List.of(org("State"), person("George Shultz"), org("Finance"), org("Acme"));

        assertEquals(List.of(person("George Shultz"), org("Acme")), MentionKinds.reconcile(text, mentions));
    }
}
