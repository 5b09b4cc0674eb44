package dev.lede.enrich;

import static dev.lede.enrich.Mentions.org;
import static dev.lede.enrich.Mentions.person;
import static dev.lede.enrich.Mentions.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamSheetsTest {

    private static final String REPORT = """
            "We were the better side after the break," said the Rovers manager. Rovers: Hale, Marsh (Okafor 71), \
            Clichy, Pereira, Stone, Vaughan (Bramble 84), Tully, Greaves, Lomax. Subs Not Used: Ruddock, Aintree. \
            Booked: Pereira, Gaia. Goals: Lomax 12, Stone 58. Att: 18,240 Ref: K Hart (Cheshire).
            """;

    @Test
    void everyNameOnASheetIsAPlayerSubstitutesAndBookingsIncluded() {
        Set<String> players = TeamSheets.players(REPORT);
        for (String name : List.of("Hale", "Marsh", "Okafor", "Clichy", "Bramble", "Lomax", "Aintree", "Gaia")) {
            assertEquals(true, players.contains(name), name);
        }
        assertEquals(false, players.contains("Rovers"), "the side's label is no player");
        assertEquals(false, players.contains("Cheshire"), "nor the referee's county");
    }

    @Test
    void aPlayerTakenForAPlaceOrAFirmIsAPerson() {
        assertEquals(
                List.of(person("Clichy"), person("Gaia"), person("Bramble"), org("Rovers"), place("Cheshire")),
                TeamSheets.apply(
                        REPORT,
                        List.of(place("Clichy"), place("Gaia"), org("Bramble"), org("Rovers"), place("Cheshire"))));
    }

    @Test
    void aListInProseIsNoSheet() {
        String prose = "Exports rose to France, Germany, Italy, Spain, Belgium and Austria. Talks: Paris, Bonn.";
        assertEquals(Set.of(), TeamSheets.players(prose));
        String firms = "Bidders included Ford (Detroit), Fiat, Renault, Volvo, Saab and Seat.";
        assertEquals(Set.of(), TeamSheets.players(firms), "a bracket without a minute is no substitution");
    }
}
