package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Tags given as lower-case slugs take the spelling the article itself writes. */
class SluggedTagsTest {

    private static final String LENDERS = """
            DEVELOPMENT BANKS AGREE ON CO-FINANCING
            The African Development Bank's board said on Tuesday it would lend jointly with the Asian Development \
            Bank, and the World
            Bank said it welcomed the plan. Anneke de Vries, who chairs the Hartley-Owusu review, spoke for the \
            International Cocoa Organization.""";

    @Test
    void aPersonSlugTakesTheArticlesSpellingOfItsParticlesAndHyphens() {
        assertEquals("de Vries", SluggedTags.person("de-vries", LENDERS));
        assertEquals("Hartley-Owusu", SluggedTags.person("hartley-owusu", LENDERS));
    }

    @Test
    void aSlugTheArticleDoesNotWriteIsTitleCased() {
        assertEquals("Van Der Berg", SluggedTags.person("van-der-berg", LENDERS));
        assertEquals("Nordic Investment Fund", SluggedTags.organization("nordic-investment-fund", LENDERS));
    }

    @Test
    void aTagWithACapitalIsKeptAsWritten() {
        assertEquals("McDonald's", SluggedTags.organization(" McDonald's ", LENDERS));
        assertEquals("de Vries-Smit", SluggedTags.person("de Vries-Smit", LENDERS));
    }

    @Test
    void aSlugWithoutSpacesFindsTheNameWrittenWithThemAcrossALineBreak() {
        assertEquals("World Bank", SluggedTags.organization("worldbank", LENDERS));
    }

    @Test
    void aHeadlineInCapitalsGivesWayToTheBodysSpellingAndIsTitleCasedWhenAlone() {
        String text = "KING OLUWASEUN VISITS LAGOS\nThe visit of king oluwaseun went well. King Oluwaseun spoke.";

        assertEquals("King Oluwaseun", SluggedTags.person("king-oluwaseun", text));
        assertEquals("King Oluwaseun", SluggedTags.person("king-oluwaseun", "KING OLUWASEUN VISITS LAGOS"));
        assertEquals("King Oluwaseun", SluggedTags.person("king-oluwaseun", "the visit of king oluwaseun went well"));
    }

    @Test
    void aLongerOneWordOrganisationWrittenOnlyInCapitalsStaysInCapitalsWhereAPersonIsTitleCased() {
        String text = "UNCTAD URGES DEBT RELIEF\nThe UNCTAD secretariat met Abubakar, who said: ABUBAKAR AGREES.";

        assertEquals("UNCTAD", SluggedTags.organization("unctad", text));
        assertEquals("Abubakar", SluggedTags.person("abubakar", text));
        assertEquals("Abubakar", SluggedTags.person("abubakar", "ABUBAKAR AGREES"));
        assertEquals("Secretariat", SluggedTags.organization("secretariat", text));
    }

    @Test
    void aShortOneWordOrganisationSlugIsAnAcronym() {
        assertEquals("IMF", SluggedTags.organization("imf", "The Imf said so."));
    }

    @Test
    void anAcronymWithAQualifierIsTheNameTheArticleSpellsOutWithThoseInitials() {
        assertEquals("African Development Bank", SluggedTags.organization("adb-africa", LENDERS));
        assertEquals("Asian Development Bank", SluggedTags.organization("adb-asia", LENDERS));
        assertEquals("International Cocoa Organization", SluggedTags.organization("ico-cocoa", LENDERS));
    }

    @Test
    void anAcronymWhoseQualifierNoSpelledOutNameHoldsStaysAnAcronym() {
        assertEquals("ICO Coffee", SluggedTags.organization("ico-coffee", LENDERS));
        assertEquals("IWC Wheat", SluggedTags.organization("iwc-wheat", LENDERS));
    }

    @Test
    void placesAreOnlyTitleCasedForTheGazetteerToResolve() {
        assertEquals("El Salvador", SluggedTags.place("el-salvador"));
        assertEquals("Côte d'Ivoire", SluggedTags.place("Côte d'Ivoire"));
    }

    /**
     * Reuters-21578 gives organisations as slugs ("worldbank", "ico-coffee", "adb-asia"): each one longer than an
     * acronym becomes a name the story writes (title-cased where it writes it only in capitals), or its acronym and
     * qualifier where the story spells out no such name.
     */
    @Test
    void reutersOrganisationSlugsBecomeNamesTheirStoriesWrite() throws IOException {
        Path reuters =
                Path.of(System.getProperty("lede.sharedDir", "../shared")).resolve("corpora/reuters21578.jsonl.gz");
        Assumptions.assumeTrue(Files.isReadable(reuters), "Reuters-21578 not found at " + reuters.toAbsolutePath());
        List<String> notWritten = new ArrayList<>();
        int slugs = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode story = json.readTree(line);
                String text = story.path("title").asText("") + "\n"
                        + story.path("body").asText("");
                String spaced = text.replaceAll("\\s+", " ");
                for (JsonNode tag : story.path("orgs")) {
                    if (tag.asText().length() <= 5) {
                        continue;
                    }
                    slugs++;
                    String name = SluggedTags.organization(tag.asText(), text);
                    boolean inCapitalsOnly = !spaced.contains(name)
                            && spaced.toUpperCase(Locale.ROOT).contains(name.toUpperCase(Locale.ROOT));
                    if (!spaced.contains(name) && !inCapitalsOnly) {
                        notWritten.add(tag.asText() + " -> " + name);
                    }
                }
            }
        }
        assertTrue(slugs > 150, "slugs longer than an acronym: " + slugs);
        assertTrue(notWritten.size() * 20 < slugs, notWritten.size() + " of " + slugs + ": " + notWritten);
        assertTrue(
                notWritten.stream().allMatch(name -> name.matches("[a-z]+-[a-z]+ -> [A-Z]+ [A-Z][a-z]+")),
                notWritten.toString());
    }
}
