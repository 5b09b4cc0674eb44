package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingVariantsBuilderTest {

    private static final Set<String> BRITISH = Set.of(
            "colour",
            "colours",
            "organisation",
            "analyse",
            "centre",
            "catalogue",
            "anaemia",
            "defence",
            "travelled",
            "enrol",
            "aluminium",
            "manoeuvre",
            "diarrhoea",
            "metre",
            "meter",
            "programme",
            "program",
            "analyses",
            "snowshoed",
            "theatre",
            "four",
            "for",
            "grey",
            "sceptical",
            "plough",
            "mould");
    private static final Set<String> AMERICAN = Set.of(
            "color",
            "colors",
            "organization",
            "analyze",
            "analyzes",
            "center",
            "catalog",
            "anemia",
            "defense",
            "traveled",
            "enroll",
            "aluminum",
            "maneuver",
            "diarrhea",
            "meter",
            "program",
            "snowshed",
            "theatre",
            "theater",
            "four",
            "for",
            "gray",
            "skeptical",
            "plow",
            "mold");

    @Test
    void pairsEachBritishWordWithTheAmericanSpellingTheUsualDifferencesWrite() {
        assertEquals(
                List.of(
                        "aluminium,aluminum",
                        "anaemia,anemia",
                        "analyse,analyze",
                        "catalogue,catalog",
                        "centre,center",
                        "colour,color",
                        "colours,colors",
                        "defence,defense",
                        "diarrhoea,diarrhea",
                        "enrol,enroll",
                        "grey,gray",
                        "manoeuvre,maneuver",
                        "mould,mold",
                        "organisation,organization",
                        "plough,plow",
                        "sceptical,skeptical",
                        "theatre,theater",
                        "travelled,traveled"),
                SpellingVariantsBuilder.pairs(BRITISH, AMERICAN).stream()
                        .map(pair -> pair[0] + "," + pair[1])
                        .toList());
    }

    @Test
    void theDifferencesApplyAloneAndTogether() {
        assertEquals(
                Set.of("maneuvre", "manoeuver", "maneuver"), SpellingVariantsBuilder.americanSpellings("manoeuvre"));
    }
}
