package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotPeopleContextsTest {

    @Test
    void aNameWrittenOnlyAsTheFirstPartOfAnAwardsModifierOrATownsNameNamesNoPerson() {
        // "Oscar" is written once otherwise, so it stays
        String text = "The Oscar-winning director and the Booker-shortlisted novelist met in Marlow-on-Thames."
                + " Carys-led talks went on; Kim Sun-hee and Oscar-hopeful Tamsin Reid agreed.";
        List<EntityMention> mentions = List.of(
                person("Oscar"),
                person("Booker"),
                person("Marlow"),
                person("Carys"),
                person("Kim Sun"),
                person("Oscar"));
        assertEquals(
                List.of(person("Oscar"), person("Carys"), person("Kim Sun"), person("Oscar")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameTheStoryCallsANewspaperOrANewsAgencyIsAnOutletUnlessAFullNameHasItsWord() {
        String text = "The army newspaper Quan Tri Moi said so, as did the daily Tarsia and the Vardavan newspaper."
                + " Rupert Kerrow owns the Kerrow newspaper; Ana Lind spoke to it.";
        List<EntityMention> mentions = List.of(
                person("Quan Tri Moi"),
                person("Tarsia"),
                person("Vardavan"),
                person("Rupert Kerrow"),
                person("Kerrow"),
                person("Ana Lind"));
        assertEquals(
                List.of(
                        org("Quan Tri Moi"),
                        org("Tarsia"),
                        org("Vardavan"),
                        person("Rupert Kerrow"),
                        person("Kerrow"),
                        person("Ana Lind")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aFullNameAfterAKindOfFirmThatSaysWhichIsTheFirm() {
        String text = "Accountancy firm Hallam Pryce said so, as did the British company Dale Everett and literary"
                + " agency Curtis Lowe. The chairman of the firm Gordon Tsai said the bank Ivo Marr lent nothing."
                + " Broadcaster Cyril Dane and bookmakers Ada Finch Ltd agreed.";
        List<EntityMention> mentions = List.of(
                person("Hallam Pryce"),
                person("Dale Everett"),
                person("Curtis Lowe"),
                person("Gordon Tsai"),
                person("Ivo Marr"),
                person("Cyril Dane"));
        assertEquals(
                List.of(
                        org("Hallam Pryce"),
                        org("Dale Everett"),
                        org("Curtis Lowe"),
                        person("Gordon Tsai"),
                        person("Ivo Marr"),
                        person("Cyril Dane")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void anAnalystsOrBrokersEmployerIsAFirmInTheWholeArticle() {
        String text = "Ann Lee, analyst at Morgan Grenfell, said so. Morgan Grenfell expects more."
                + " Hoare Govett analyst Bob Ray agreed. Analyst Jim Wu of Kleinwort Benson said shares"
                + " of Baring Brothers rose, according to brokers Smith New Court.";
        List<EntityMention> mentions = List.of(
                person("Ann Lee"),
                person("Morgan Grenfell"),
                person("Morgan Grenfell"),
                person("Hoare Govett"),
                person("Bob Ray"),
                person("Jim Wu"),
                person("Kleinwort Benson"),
                person("Baring Brothers"),
                person("Smith New Court"));

        assertEquals(
                List.of(
                        person("Ann Lee"),
                        org("Morgan Grenfell"),
                        org("Morgan Grenfell"),
                        org("Hoare Govett"),
                        person("Bob Ray"),
                        person("Jim Wu"),
                        org("Kleinwort Benson"),
                        org("Baring Brothers"),
                        org("Smith New Court")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aPersonNameThatStartsAFirmOfTheArticleIsTheFirm() {
        String text = "Dean Witter Reynolds Inc raised its rating. Dean Witter said demand rose.";
        assertEquals(
                List.of(org("Dean Witter Reynolds Inc"), org("Dean Witter")),
                NotPeopleContexts.apply(text, List.of(org("Dean Witter Reynolds Inc"), person("Dean Witter"))));
    }

    @Test
    void aPersonWhoseNameEndsInACompanyFormIsTheFirmAndSoAreTheNamesItBeginsOrEndsWith() {
        String text = "Sara Lee Corp bought a stake. Sara Lee said so, and Lee agreed. Asea Brown Boveri Ltd and"
                + " Brown Boveri sold units. Anna Lee and Harlow Bros Co. did not. Rob Da Bank played.";
        assertEquals(
                List.of(
                        org("Sara Lee Corp"),
                        org("Sara Lee"),
                        person("Lee"),
                        org("Asea Brown Boveri Ltd"),
                        org("Brown Boveri"),
                        person("Anna Lee"),
                        org("Harlow Bros Co."),
                        person("Rob Da Bank")),
                NotPeopleContexts.apply(
                        text,
                        List.of(
                                person("Sara Lee Corp"),
                                person("Sara Lee"),
                                person("Lee"),
                                person("Asea Brown Boveri Ltd"),
                                person("Brown Boveri"),
                                person("Anna Lee"),
                                person("Harlow Bros Co."),
                                person("Rob Da Bank"))),
                "one word may be the founder; a bank in a person's name is no company form");
    }

    @Test
    void aPersonNamedAsABankOrACompanyAbroadIsTheFirm() {
        String text = "Co-managers are Banque Vaudoise Lambert and Kyowa Bank. A spokesman for Graan Silo Mij said"
                + " Compagnie Rhodanienne de Chimie agreed, as did Bankole Adeyemi.";
        assertEquals(
                List.of(
                        org("Banque Vaudoise Lambert"),
                        org("Graan Silo Mij"),
                        org("Compagnie Rhodanienne de Chimie"),
                        person("Bankole Adeyemi")),
                NotPeopleContexts.apply(
                        text,
                        List.of(
                                person("Banque Vaudoise Lambert"),
                                person("Graan Silo Mij"),
                                person("Compagnie Rhodanienne de Chimie"),
                                person("Bankole Adeyemi"))),
                "a bank's noun opens the name, a Dutch company form ends it; a given name only begins like one");
    }

    @Test
    void aSurnameThatStartsOrEndsAFirmsNameIsTheFirmInHeadlinesInCapitalsToo() {
        String text = "BROWN GROUP INC <BG> VOTES DIVIDEND\nHARPER INTERNATIONAL INC SETS PAYOUT\n"
                + "FROST AND SULLIVAN INC 2ND QTR\nBROWN-FORMAN INC 4TH QTR NET\nThe fund said"
                + " Merrill Lynch, Pierce, Fenner and Smith Inc will sell it, advised by Dillon, Read and Co.";
        List<EntityMention> mentions = List.of(
                person("BROWN"),
                person("HARPER"),
                person("SULLIVAN"),
                person("Fenner"),
                person("Pierce"),
                person("Dillon"));
        assertEquals(
                List.of(org("BROWN"), org("HARPER"), org("SULLIVAN"), org("Fenner"), person("Pierce"), org("Dillon")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameFollowedByAStockTickerIsAFirm() {
        String text = "KAUFMAN <KB> FILES STOCK OFFER\nThe deal gives Wiley (NYSE: JW) a stake, Paul Kaufman said.";
        List<EntityMention> mentions = List.of(person("KAUFMAN"), person("Wiley"), person("Paul Kaufman"));
        assertEquals(
                List.of(org("KAUFMAN"), org("Wiley"), person("Paul Kaufman")), NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameRightBeforeOrAfterTheRoleOfAnIssuesManagerIsAFirm() {
        String text = "The notes were priced at par, said sole manager H.R. Ostrander. Quill Barnet co-managed the"
                + " deal, and the co-lead managers were Selwyn Hart and two banks. Fund manager Ada Roos and project"
                + " manager Ivo Brandt said Quill Barnet was pleased. Terms came from lead manager Orme, Dacre Ltd.";
        List<EntityMention> mentions = List.of(
                person("H.R. Ostrander"),
                person("Quill Barnet"),
                person("Selwyn Hart"),
                person("Ada Roos"),
                person("Ivo Brandt"),
                person("Quill Barnet"),
                person("Orme"),
                org("Dacre Ltd"));
        assertEquals(
                List.of(
                        org("H.R. Ostrander"),
                        org("Quill Barnet"),
                        org("Selwyn Hart"),
                        person("Ada Roos"),
                        person("Ivo Brandt"),
                        org("Quill Barnet"),
                        person("Orme"),
                        org("Dacre Ltd")),
                NotPeopleContexts.apply(text, mentions),
                "a name before a comma may be a firm's first partner");
    }

    @Test
    void aNameWithItsInitialsInBracketsAfterItIsAFirmOrABodyInTheWholeArticle() {
        String text = "Grain firms such as Kessler Ahn Malik (K.A.M.) and Nordvik Cereal Trading (Nct) bid."
                + " Kessler Ahn Malik said later that Tom Hale (Reuters) agreed, as did Rhodri (RE).";
        List<EntityMention> mentions = List.of(
                person("Kessler Ahn Malik"),
                person("Nordvik Cereal Trading"),
                person("Kessler Ahn Malik"),
                person("Tom Hale"),
                person("Rhodri"));
        assertEquals(
                List.of(
                        org("Kessler Ahn Malik"),
                        org("Nordvik Cereal Trading"),
                        org("Kessler Ahn Malik"),
                        person("Tom Hale"),
                        person("Rhodri")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aPersonNextToAFirmsNameOrInAHeadlineWithoutOneStaysAPerson() {
        String text = "JOHN SMITH NAMED CO-CHAIRMAN OF ACME\nICAHN SEEKS TWA INC STAKE\nJohn Smith, Acme Corp's"
                + " chairman, and Ann Lee of Texaco Inc met Reagan. Mary Brown Tuesday joined Exxon Corp. A bid by"
                + " Dudley Taft and Narragansett Capital Inc failed. Former investment bankers Rita\nOkafor and"
                + " Tom Hale pleaded guilty.";
        List<EntityMention> mentions = List.of(
                person("JOHN SMITH"),
                person("ICAHN"),
                person("John Smith"),
                person("Ann Lee"),
                person("Reagan"),
                person("Mary Brown"),
                person("Dudley Taft"),
                person("Rita Okafor"),
                person("Tom Hale"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameBeforeAMembersRoleAndFullNameIsASideWhereverItStandsUnlessAFullNameHasIt() {
        String text = "Mourinho defiant on Chelsea form\nChelsea boss Jose Mourinho spoke. He left Chelsea."
                + " Tory leader Michael Howard met Reagan spokesman Marlin Fitzwater and Shakespeare's Richard III."
                + " Bush campaign manager Karl Rove spoke for George W. Bush.";
        List<EntityMention> mentions = List.of(
                person("Mourinho"),
                person("Chelsea"),
                person("Jose Mourinho"),
                person("Tory"),
                person("Michael Howard"),
                person("Reagan"),
                person("Marlin Fitzwater"),
                person("Shakespeare"),
                person("Richard III"),
                person("Karl Rove"),
                person("George W. Bush"));
        List<EntityMention> expected = new ArrayList<>(mentions);
        expected.set(1, org("Chelsea"));
        expected.set(3, org("Tory"));
        assertEquals(expected, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aLongerNameBeforeABandsOrATeamsRoleIsASideButNotBeforeAPersonsNominee() {
        String text = "Velvet Harbour frontman Ossie Lund sang. Velvet Harbour toured. Mara Quist nominee Tom Hale"
                + " spoke, and Mara Quist smiled.";
        List<EntityMention> mentions = List.of(
                person("Velvet Harbour"),
                person("Ossie Lund"),
                person("Velvet Harbour"),
                person("Mara Quist"),
                person("Tom Hale"),
                person("Mara Quist"));
        List<EntityMention> expected = new ArrayList<>(mentions);
        expected.set(0, org("Velvet Harbour"));
        expected.set(2, org("Velvet Harbour"));
        assertEquals(expected, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameWrittenOnlyBeforeAWordForASiteIsTheSiteNotAPerson() {
        String text = "Output at the Harlan mine rose. The Dunmore smelter and the Kesh platform were shut. Harlan mine"
                + " workers voted. The quake measured 5.1 on the open-ended Tolley scale.";
        List<EntityMention> mentions =
                List.of(person("Harlan"), person("Dunmore"), person("Kesh"), person("Harlan"), person("Tolley"));
        assertEquals(List.of(), NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aSiteNamedAfterSomeoneTheArticleNamesOtherwiseLeavesThemAPerson() {
        String text = "Ray Dunmore opened the Dunmore mine. Harlan said the Harlan field would close.";
        List<EntityMention> mentions =
                List.of(person("Ray Dunmore"), person("Dunmore"), person("Harlan"), person("Harlan"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aBillBeforeParliamentIsNoPersonButAManCalledBillIs() {
        String text = "MPs debated the Hunting Bill and the Health Service (Miscellaneous Provisions) Bill. The Bill"
                + " passed. Bill said so to President Bill Morgan's aide. Uncle Tom spoke to Mr Bill.";
        List<EntityMention> mentions = List.of(
                person("Bill"), person("Bill"), person("Bill"), person("Bill"), person("Bill Morgan"), person("Bill"));
        assertEquals(
                List.of(person("Bill"), person("Bill Morgan"), person("Bill")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aPersonWhoseNameIsPartOfAFoundationStaysAPerson() {
        String text = "The Ford Foundation gave money. Henry Ford founded the firm.";
        List<EntityMention> mentions = List.of(org("Ford Foundation"), person("Henry Ford"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameThatReportsIsAnOutletUnlessAFullNameHasIt() {
        String text = "The talks went on, Kommersant reported. According to Interfax, Ivan Petrov left."
                + " Petrov reported to the board.";
        List<EntityMention> mentions =
                List.of(person("Kommersant"), person("Interfax"), person("Ivan Petrov"), person("Petrov"));
        assertEquals(
                List.of(org("Kommersant"), org("Interfax"), person("Ivan Petrov"), person("Petrov")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameBeforeItsMembersAsABodyOrATeamsRoleIsASideWhereverItStands() {
        String text = "The deal needs the approval of Kestrel shareholders. Kestrel makes valves.\n"
                + "Draycott beat Linfield 2-0 and the Linfield keeper was sent off. Draycott side lost Amos Rudd,"
                + " who left Draycott as manager.";
        List<EntityMention> mentions = List.of(
                person("Kestrel"),
                person("Kestrel"),
                person("Linfield"),
                person("Draycott"),
                person("Amos Rudd"),
                person("Draycott"));
        List<EntityMention> expected = new ArrayList<>(mentions);
        expected.set(0, org("Kestrel"));
        expected.set(1, org("Kestrel"));
        expected.set(2, org("Linfield"));
        expected.set(3, org("Draycott"));
        expected.set(5, org("Draycott"));
        assertEquals(expected, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameNamedAsAKindOfFirmIsOneWhereverItStands() {
        String text = "Traffic doubled, said web analytics firm Quillion.\nQuillion tracks blogs. Brasco, a"
                + " Lisbon-based lender, and Voss, a unit of Harl Group, fell. Dutch merchant bank Kettering\n"
                + "cut rates.";
        List<EntityMention> mentions =
                List.of(person("Quillion"), person("Quillion"), person("Brasco"), person("Voss"), person("Kettering"));
        assertEquals(
                List.of(org("Quillion"), org("Quillion"), org("Brasco"), org("Voss"), org("Kettering")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameThatIsOnlyPartOfAFirmsLongerNameOrAPersonInAnAppositionStaysAsFound() {
        String text = "Security firm Arbel Networks and insurance firm Dunmore & Pike grew. The deal with Hale and"
                + " Rudge, a law firm, closed. Okafor, a company director, and Lindqvist, the company's chairman,"
                + " spoke. Rival firm Tamsin\nSystems cut jobs.";
        List<EntityMention> mentions = List.of(
                person("Arbel"),
                person("Dunmore"),
                person("Rudge"),
                person("Okafor"),
                person("Lindqvist"),
                person("Tamsin"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameWhoseSharesAreCountedOrMoveIsAFirm() {
        String counted = "Talbrook Investments said it bought 65,000 Ogmore shares on March 27.";
        assertEquals(List.of(org("Ogmore")), NotPeopleContexts.apply(counted, List.of(person("Ogmore"))));
        String ownedOf = "Usair, which proposed to buy all of Pellam shares, would control the carrier.";
        assertEquals(List.of(org("Pellam")), NotPeopleContexts.apply(ownedOf, List.of(person("Pellam"))));
        String moved = "Bredwick shares in Paris slipped 1.2 pct after the talks ended.";
        assertEquals(List.of(org("Bredwick")), NotPeopleContexts.apply(moved, List.of(person("Bredwick"))));
    }

    @Test
    void aOneWordPersonWhoSharesSomethingOrAStockMarketsNameStaysAsItWas() {
        String verb = "Later Okafor shares the view that rates must fall, and Okafor shares in the blame.";
        List<EntityMention> people = List.of(person("Okafor"), person("Okafor"));
        assertEquals(people, NotPeopleContexts.apply(verb, people));
        String market = "The bank will be listed on the 12 Nancy stock exchange, in line with the rules.";
        assertEquals(List.of(person("Nancy")), NotPeopleContexts.apply(market, List.of(person("Nancy"))));
        String ofAName = "Bank of Hallam shares rose 5 pct.";
        assertEquals(List.of(person("Hallam")), NotPeopleContexts.apply(ofAName, List.of(person("Hallam"))));
    }

    @Test
    void aPersonsStaffOrAFullNamesWordBeforeABodyStaysAPerson() {
        String text = "A Vantongeren spokesman said Mirela Rudd would stay; Rudd shareholders were not told."
                + " Rudd executives, Vantongeren says, are";
        List<EntityMention> mentions =
                List.of(person("Vantongeren"), person("Mirela Rudd"), person("Rudd"), person("Vantongeren"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameThatIsTheSubjectOfAPluralVerbIsAGroup() {
        String text = "Leaders Rovers drew again. \"Rovers are tired,\" said Ian Holt. Gallowglass have"
                + " announced a tour.";
        List<EntityMention> mentions =
                List.of(person("Rovers"), person("Rovers"), person("Ian Holt"), person("Gallowglass"));
        assertEquals(
                List.of(org("Rovers"), org("Rovers"), person("Ian Holt"), org("Gallowglass")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameThatIsOnlyPartOfThePluralVerbsSubjectStaysAPerson() {
        String text = "She and sister Nadia are in the final. Plans drawn up by Lord Ashby were dropped. Mr Okoro and"
                + " Adeyemi were elected; Peter Vance-Hale were not.";
        List<EntityMention> mentions =
                List.of(person("Nadia"), person("Ashby"), person("Okoro"), person("Adeyemi"), person("Vance-Hale"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aOneWordNameWrittenOnlyAfterTheIsNoPersonButAnAdministrationNamedAfterOneIs() {
        String text = "Barges sail up the Scheldt. The Scheldt floods, officials of the Reagan administration said."
                + " Dredging of the Elbe and the Elbe channel went on.";
        List<EntityMention> mentions =
                List.of(person("Scheldt"), person("Scheldt"), person("Reagan"), person("Elbe"), place("Elbe"));
        assertEquals(List.of(person("Reagan"), place("Elbe")), NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aFamilyAfterTheStaysPeople() {
        String text = "Bill Clinton spoke. The scandal could damage the Clintons.";
        List<EntityMention> mentions = List.of(person("Bill Clinton"), person("Clintons"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameAlsoWrittenWithoutTheStaysAPerson() {
        String text = "The award went to the Jordan of the team. Jordan said he was glad.";
        List<EntityMention> mentions = List.of(person("Jordan"), person("Jordan"));
        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void theTitleOfAWorkOrACharacterIsNoPersonInTheWholeArticle() {
        String text = "The period drama Mrs Henderson led the field. Mrs Henderson is set in 1937."
                + " Carla Moss won for her role in Orchard Lane, and Dev Patel takes the role of Captain Vale."
                + " Moonfield author Rhea Tan will present it.";
        List<EntityMention> mentions = List.of(
                person("Mrs Henderson"),
                person("Mrs Henderson"),
                person("Carla Moss"),
                person("Orchard Lane"),
                person("Dev Patel"),
                person("Captain Vale"),
                person("Moonfield"),
                person("Rhea Tan"));

        assertEquals(
                List.of(person("Carla Moss"), person("Dev Patel"), person("Rhea Tan")),
                NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameThatActsOrOwnsAfterAKindOfWorkStaysAPerson() {
        String text = "It is the film Tom Banks made in Leeds. She won for her role in Mike Nichols' Closer."
                + " Irish duo Paul Kerr and Sean Hale scored.";
        List<EntityMention> mentions =
                List.of(person("Tom Banks"), person("Mike Nichols"), person("Paul Kerr"), person("Sean Hale"));

        assertEquals(mentions, NotPeopleContexts.apply(text, mentions));
    }

    @Test
    void aNameAfterBandIsAGroup() {
        String text = "Glasgow rock band Ferris Wheel won best group; Ferris Wheel played on.";
        assertEquals(
                List.of(org("Ferris Wheel"), org("Ferris Wheel")),
                NotPeopleContexts.apply(text, List.of(person("Ferris Wheel"), person("Ferris Wheel"))));
    }

    @Test
    void aHeadlinesLastWordDoesNotMakeTheBodysFirstNameATitle() {
        String text = "Mogul backs new rap band\nTony Watts, the music mogul, signed them.";
        assertEquals(List.of(person("Tony Watts")), NotPeopleContexts.apply(text, List.of(person("Tony Watts"))));
    }
}
