package dev.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateValuesTest {

    @Test
    void flagsASurnameNextToTheFullName() {
        List<DuplicateValues.Pair> pairs = DuplicateValues.people(List.of("James Baker", "Reagan", "Baker"));

        assertEquals(List.of(new DuplicateValues.Pair("James Baker", "Baker", "one name is part of the other")), pairs);
    }

    @Test
    void flagsNamesThatDifferOnlyByInitialsOrSpelling() {
        assertEquals(
                1,
                DuplicateValues.people(List.of("James A. Baker", "James Baker")).size());
        assertEquals(
                1,
                DuplicateValues.people(List.of("Karl Otto Pöhl", "Karl Otto Pohl"))
                        .size());
    }

    @Test
    void keepsDifferentPeopleApart() {
        assertEquals(List.of(), DuplicateValues.people(List.of("James Baker", "Howard Baker", "Ronald Reagan")));
    }

    @Test
    void flagsPlacesWrittenTwiceOrNamingOneCountry() {
        Map<String, String> countries = Map.of("U.S.", "US", "United States", "US", "Japan", "JP");
        List<DuplicateValues.Pair> pairs = DuplicateValues.places(
                List.of("U.S.", "Tokyo", "United States", "Japan", "the Hague", "The Hague"),
                name -> Optional.ofNullable(countries.get(name)));

        assertEquals(
                List.of(
                        new DuplicateValues.Pair("U.S.", "United States", "both name the country US"),
                        new DuplicateValues.Pair("the Hague", "The Hague", "same name written differently")),
                pairs);
    }
}
