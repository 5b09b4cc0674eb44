package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.config.EntitySource;
import dev.lede.enrich.places.Gazetteer;
import dev.lede.model.Article;
import dev.lede.model.Enrichment;
import dev.lede.model.GivenEntities;
import dev.lede.model.MentionedDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities the input names are kept, made canonical like extracted ones, alone or merged with NLP's. */
class GivenEntityExtractorTest {

    private static Gazetteer gazetteer;

    private static final Enrichment FOUND_BY_NLP = new Enrichment(
            List.of("Ronald Reagan"),
            List.of("Paris"),
            List.of("World Bank"),
            List.of("France"),
            List.of(new MentionedDate("1987-03", "March 1987")),
            "Paris",
            List.of("Île-de-France, France"));

    private static final Article TAGGED = new Article("r1", "Talks", "Oil talks went on.", null, "Reuters", null, null)
            .withGiven(new GivenEntities(List.of("reagan"), List.of("west-germany", "usa"), List.of("opec")));

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void givenAloneKeepsTheInputsEntitiesMadeCanonicalWithTheirCountriesAndNlpsDates() {
        Enrichment kept = extractor(EntitySource.GIVEN).extract(TAGGED);

        assertEquals(List.of("Reagan"), kept.people());
        assertEquals(List.of("OPEC"), kept.organizations());
        assertTrue(kept.countries().contains("United States"), kept.countries().toString());
        assertTrue(kept.places().contains("United States"), kept.places().toString());
        assertTrue(
                kept.places().stream().anyMatch(place -> place.contains("Germany")),
                kept.places().toString());
        assertEquals(FOUND_BY_NLP.mentionedDates(), kept.mentionedDates());
        assertEquals("Paris", kept.dateline());
    }

    @Test
    void bothMergesGivenAndFoundEntitiesIntoOneCanonicalPersonEach() {
        Enrichment merged = extractor(EntitySource.BOTH).extract(TAGGED);

        assertEquals(List.of("Ronald Reagan"), merged.people(), "'Reagan' folds into the fuller name");
        assertTrue(
                merged.places().containsAll(List.of("Paris", "United States")),
                merged.places().toString());
        assertTrue(
                merged.countries().containsAll(List.of("France", "United States")),
                merged.countries().toString());
        assertTrue(
                merged.organizations().containsAll(List.of("OPEC", "World Bank")),
                merged.organizations().toString());
    }

    @Test
    void anArticleWithoutGivenEntitiesKeepsWhatNlpFound() {
        Article untagged = new Article("u1", "Talks", "Oil talks went on.", null, null, null, null);

        assertEquals(FOUND_BY_NLP, extractor(EntitySource.BOTH).extract(untagged));
    }

    @Test
    void namesSpelledWithCapitalsAreKeptAsWritten() {
        assertEquals(
                List.of("McDonald's", "El Salvador"),
                GivenEntityExtractor.places(List.of("McDonald's", "el-salvador")));
    }

    @Test
    void aSluggedTagTheArticleWritesJoinsTheValueNlpFoundInsteadOfStandingBesideIt() {
        Article lending = new Article(
                        "r2", "Loan", "The World Bank lent 40 mln dlrs, Anneke de Vries said.", null, null, null, null)
                .withGiven(new GivenEntities(List.of("de-vries"), List.of(), List.of("worldbank")));

        Enrichment merged = extractor(EntitySource.BOTH).extract(lending);

        assertEquals(List.of("World Bank"), merged.organizations());
        assertEquals(List.of("de Vries", "Ronald Reagan"), merged.people());
    }

    @Test
    void anOfficeWithItsCountryInBracketsKeepsItsClosingBracket() {
        Enrichment found = new Enrichment(
                List.of(), List.of("Tokyo"), List.of("Finance Ministry (Japan)"), List.of("Japan"), List.of(), "Tokyo");
        Extractor both = new GivenEntityExtractor(article -> found, EntitySource.BOTH, gazetteer);

        assertEquals(
                List.of("OPEC", "Finance Ministry (Japan)"),
                both.extract(TAGGED).organizations());
    }

    @Test
    void aNameLosesTheBracketsAroundItButNotOneItCloses() {
        assertEquals("Finance Ministry (Japan)", NameText.clean("(Finance Ministry (Japan))"));
        assertEquals("Group of Seven (G-7", NameText.clean("Group of Seven (G-7"));
        assertEquals("Reuters", NameText.clean("Reuters)"));
    }

    @Test
    void nlpAloneIsTheNlpExtractorItself() {
        Extractor nlp = article -> FOUND_BY_NLP;

        assertSame(nlp, GivenEntityExtractor.over(nlp, EntitySource.NLP));
    }

    private static Extractor extractor(EntitySource source) {
        return new GivenEntityExtractor(article -> FOUND_BY_NLP, source, gazetteer);
    }
}
