package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AbbreviationCapitalsTest {

    private static final Set<String> KNOWN_IN_LOWER_CASE = Set.of(
            "currency",
            "economy",
            "may",
            "securities",
            "treasury",
            "embassy",
            "ltd",
            "inc",
            "day",
            "chip",
            "dealers",
            "air",
            "tobacco");

    private final AbbreviationCapitals capitals = new AbbreviationCapitals(
            KNOWN_IN_LOWER_CASE, name -> Set.of("U.S.", "U.K.", "N.J.").contains(name));

    private String read(String story) {
        return capitals.readingOf(story).apply(story);
    }

    @Test
    void aCommonWordCapitalisedAfterACountrysAbbreviationIsReadInLowerCase() {
        assertEquals(
                "The dollar rose against the U.S. currency and the U.K. economy grew.",
                read("The dollar rose against the U.S. Currency and the U.K. Economy grew."));
        assertEquals(
                "Rates in the U.S.\neconomy fell, and the U.S. may act.",
                read("Rates in the U.S.\nEconomy fell, and the U.S. May act."));
        assertEquals("Plants in N.J. chip makers", read("Plants in N.J. Chip makers"));
    }

    @Test
    void aWordThatStartsALongerNameKeepsItsCapital() {
        String story = "U.S. Securities and Exchange Commission staff and U.S. Currency Board officials met.";

        assertEquals(story, read(story));
    }

    @Test
    void aWordTheStoryWritesAtTheHeadOfALongerNameKeepsItsCapitalWhereItStandsAlone() {
        String story = "A bid from U.S. Air Group Inc. U.S. Air offer to buy half was rejected.";

        assertEquals(story, read(story));
    }

    @Test
    void aFirmsNameBeforeItsTickerKeepsItsCapital() {
        String story = "Shares of U.S. Tobacco <UBO> rose.";

        assertEquals(story, read(story));
    }

    @Test
    void aLegalFormKeepsItsCapital() {
        String story = "KLM takes a stake in Air U.K. Ltd, and Volkswagen U.S. Inc sold 1,330 cars.";

        assertEquals(story, read(story));
    }

    @Test
    void aCountrysBodyNamedByOneWordKeepsItsCapital() {
        String story = "The U.S. Treasury said the U.S. Embassy in Tokyo was told.";

        assertEquals(story, read(story));
    }

    @Test
    void aWordTheStoryCapitalisesInsideASentenceElsewhereKeepsItsCapital() {
        String story = "Against the U.S. Currency, they said Currency dealers sold.";

        assertEquals(story, read(story));
    }

    @Test
    void initialsThatNameNoCountryAndWordsTheModelNeverSawInLowerCaseAreLeftAlone() {
        assertEquals("Analyst R.L. Day said", read("Analyst R.L. Day said"));
        assertEquals("the U.S. Bundesbank view", read("the U.S. Bundesbank view"));
    }

    @Test
    void aPossessiveOrHyphenatedWordKeepsItsCapital() {
        String story = "the U.S. Economy's growth and U.S. Currency-linked bonds";

        assertEquals(story, read(story));
    }
}
