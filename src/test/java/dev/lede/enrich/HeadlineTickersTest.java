package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTickersTest {

    private static final String TABLE = "Shr 1.04 dlrs vs 78 cts\n    Net 109.2 mln vs 83.9 mln\n    Revs 561.3 mln\n";

    @Test
    void theWordsBeforeAHeadlinesTickerOverATableNameAFirm() {
        assertEquals(
                List.of(org("QUILLAN PHARMA CORP")),
                HeadlineTickers.firms("QUILLAN PHARMA CORP <QPC> 3RD QTR NET", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(org("SEARS, ROEBUCK AND CO")),
                HeadlineTickers.firms("SEARS, ROEBUCK AND CO <S> 3RD QTR NET", TABLE, List.of(), List.of()));
    }

    @Test
    void firmsListedWithTheirTickersAreEachNamedAndAVerbAfterATickerIsNot() {
        assertEquals(
                List.of(org("MERTON"), org("SQUALL")),
                HeadlineTickers.firms("MERTON <MRT>, SQUALL <SQL> BENEFIT FROM STUDY", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(org("PEPTICO")),
                HeadlineTickers.firms("PEPTICO UNIT <PEP> LIFTS <CALNY.O> STAKE", TABLE, List.of(), List.of()));
    }

    @Test
    void anEditorsMarkAPartsWordAndAPossessiveAreNoPartOfTheName() {
        assertEquals(
                List.of(org("FIDELCORP")),
                HeadlineTickers.firms("CORRECTED-FIDELCORP <FICR.O> TO ADD TO LOSSES", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(),
                HeadlineTickers.firms(
                        "BANNER \"A\" STOCK <BNR> EXCHANGED FOR \"B\" SHARES", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(org("ATKINSON")),
                HeadlineTickers.firms("ATKINSON'S <ATKN> CANADA UNIT GETS CONTRACT", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(org("HALVERN")),
                HeadlineTickers.firms("HALVERN CLASS B STOCK <HLV> SPLIT", TABLE, List.of(), List.of()));
    }

    @Test
    void stockWordsAfterOtherWordsAreTheNamesOwn() {
        assertEquals(
                List.of(org("MUTUAL OF ORVALE INTEREST SHARES")),
                HeadlineTickers.firms("MUTUAL OF ORVALE INTEREST SHARES <MOV> QTLY DIV", TABLE, List.of(), List.of()));
    }

    @Test
    void aNameWhoseWordsTheBodyWritesIsLeftToTheRecognizer() {
        String body = "The Federal Aviation Administration fined Delta Air Lines 50,000 dlrs.";
        assertEquals(List.of(), HeadlineTickers.firms("FAA FINES DELTA <DAL>", body, List.of(), List.of()));
    }

    @Test
    void aFirmTheStoryAlreadyNamesClosedUpMisspeltOrByItsInitialsIsNotNamedAgain() {
        assertEquals(
                List.of(),
                HeadlineTickers.firms("DUPONT <DD> UP ON ADVICE", TABLE, List.of(), List.of(org("Du Pont Co"))));
        assertEquals(
                List.of(),
                HeadlineTickers.firms(
                        "NUEUTROGENA <NGNA> TO BUY BACK STOCK", TABLE, List.of(), List.of(org("Neutrogena Corp"))));
        assertEquals(
                List.of(),
                HeadlineTickers.firms(
                        "GM <GM> CANADA CAR SALES UP", TABLE, List.of(), List.of(org("General Motors Corp"))));
        assertEquals(
                List.of(org("BROWN-FORMAN INC")),
                HeadlineTickers.firms(
                        "BROWN-FORMAN INC <BFD> 4TH QTR NET", TABLE, List.of(), List.of(person("Forman"))));
    }

    @Test
    void aHeadlineWithoutATickerOrWithANameTooLongNamesNoFirm() {
        assertEquals(List.of(), HeadlineTickers.firms("QUILLAN PHARMA CORP 3RD QTR NET", TABLE, List.of(), List.of()));
        assertEquals(
                List.of(),
                HeadlineTickers.firms("WALL STREET TALKING ABOUT BIG BLUE CHIP <BBC>", TABLE, List.of(), List.of()));
    }
}
