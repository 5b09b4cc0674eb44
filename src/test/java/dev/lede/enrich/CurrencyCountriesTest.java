package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyCountriesTest {

    @Test
    void aCountryNamedOnlyAsTheCurrencyOfAmountsIsNoPlace() {
        String story = "Bangladesh will import oil worth about 10 mln U.S. Dlrs from Iran, and paid 25 U.S.\n"
                + "cents more a barrel. The rest is priced in U.S. dollars.";

        assertEquals(
                List.of("Bangladesh", "Iran"), CurrencyCountries.without(List.of("Bangladesh", "U.S.", "Iran"), story));
    }

    @Test
    void aCountryNamedAnywhereElseStaysAPlace() {
        String story = "The deal is worth 1.5 billion U.S. dlrs. The U.S. company will build the plant.";

        assertEquals(List.of("U.S."), CurrencyCountries.without(List.of("U.S."), story));
    }

    @Test
    void aCurrencyThatIsTheSubjectNamesItsCountry() {
        String story = "The U.S. dollar fell against the yen in Tokyo.";

        assertEquals(List.of("U.S.", "Tokyo"), CurrencyCountries.without(List.of("U.S.", "Tokyo"), story));
    }

    @Test
    void aPlaceTheTextDoesNotWriteAsGivenStays() {
        assertEquals(List.of("United States"), CurrencyCountries.without(List.of("United States"), "10 mln U.S. dlrs"));
    }

    @Test
    void anotherWritingOfTheNameKeepsThePlace() {
        String story = "Shares of Hong Kong Land rose 50 Hong Kong cents.";

        assertEquals(List.of(), CurrencyCountries.without(List.of("Hong Kong"), "It rose 50 Hong Kong cents."));
        assertEquals(List.of("Hong Kong"), CurrencyCountries.without(List.of("Hong Kong"), story));
    }
}
