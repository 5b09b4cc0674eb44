package dev.lede.enrich.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static final Predicate<String> KNOWN = Set.of("ROTTERDAM", "WASHINGTON")::contains;

    private static Optional<Dateline> inBody(String body) {
        return Dateline.find(null, body, KNOWN);
    }

    @Test
    void aReutersDatelineGivesItsPlace() {
        assertEquals(Optional.of(new Dateline("KYIV", null)), inBody("KYIV, Feb 12 (Reuters) - Ukraine said..."));
    }

    @Test
    void aShoutedPlaceAndADashIsADatelineWhenTheGazetteerKnowsThePlace() {
        assertEquals(Optional.of(new Dateline("WASHINGTON", null)), inBody("WASHINGTON — The Senate voted..."));
        assertEquals(Optional.of(new Dateline("ROTTERDAM", null)), inBody("\n  ROTTERDAM - The first trams..."));
        assertEquals(Optional.empty(), inBody("BREAKING — The Senate voted..."));
    }

    @Test
    void aQualifierAfterThePlaceIsKept() {
        assertEquals(Optional.of(new Dateline("MARSABIT", "Kenya")), inBody("MARSABIT, Kenya — Herders say..."));
        assertEquals(Optional.of(new Dateline("NEW YORK", null)), inBody("NEW YORK, March 3 (AP) -- Stocks fell..."));
    }

    @Test
    void aPlaceInMixedCaseCountsOnlyWithAnAgency() {
        assertEquals(Optional.of(new Dateline("Kyiv", null)), inBody("Kyiv (Reuters) - Ukraine said..."));
        assertEquals(Optional.empty(), inBody("Kyiv - a city at war"));
    }

    @Test
    void aBodyWithoutDatelineHasNone() {
        assertEquals(Optional.empty(), inBody("Showers continued throughout the week in the Bahia cocoa zone."));
        assertEquals(Optional.empty(), inBody("US stocks fell - and then rose."));
        assertEquals(Optional.empty(), inBody(""));
    }

    @Test
    void theDatelineFieldOfTheInputWinsOverTheBody() {
        assertEquals(
                Optional.of(new Dateline("SALVADOR", null)),
                Dateline.find("SALVADOR, Feb 26", "WASHINGTON — text", KNOWN));
        assertEquals(Optional.of(new Dateline("AUSTIN", "Texas")), Dateline.find("AUSTIN, Texas, March 2", "", KNOWN));
        assertEquals(Optional.empty(), Dateline.find("Feb 26", "", KNOWN));
    }

    @Test
    void aWiresMarksAroundTheGivenPlaceAreLeftOut() {
        assertEquals(Optional.of(new Dateline("PORT LOUIS", null)), Dateline.find("****PORT LOUIS, May 3", "", KNOWN));
        assertEquals(
                Optional.of(new Dateline("ST. JOHN'S", null)), Dateline.find("-- ST. JOHN'S --, May 3", "", KNOWN));
        assertEquals(Optional.empty(), Dateline.find("****, May 3", "", KNOWN));
    }
}
