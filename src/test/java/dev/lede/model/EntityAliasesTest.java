package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class EntityAliasesTest {

    private final List<CurationChange> log = new ArrayList<>();

    private EntityAliases after(CurationAction action, FacetField field, String value, String target) {
        log.add(new CurationChange(log.size() + 1, Instant.EPOCH, action, field, value, target));
        return new EntityAliases(log);
    }

    @Test
    void aMergedValueShowsAsItsTargetAndTheTargetListsItAsAnAlias() {
        EntityAliases aliases = after(CurationAction.MERGE, FacetField.PERSON, "Zelensky", "Volodymyr Zelenskyy");
        assertEquals("Volodymyr Zelenskyy", aliases.canonical(FacetField.PERSON, "Zelensky"));
        assertEquals(
                List.of("Volodymyr Zelenskyy", "Zelensky"), aliases.members(FacetField.PERSON, "Volodymyr Zelenskyy"));
        assertEquals(List.of("Zelensky"), aliases.aliases(FacetField.PERSON, "Volodymyr Zelenskyy"));
    }

    @Test
    void mergesAreKeptApartPerFieldAndLeaveOtherValuesAlone() {
        EntityAliases aliases = after(CurationAction.MERGE, FacetField.PERSON, "Johnson", "Boris Johnson");
        assertEquals("Johnson", aliases.canonical(FacetField.PLACE, "Johnson"));
        assertEquals("Lyndon Johnson", aliases.canonical(FacetField.PERSON, "Lyndon Johnson"));
    }

    @Test
    void renamingTheTargetOfAMergeCarriesItsAliasesAlong() {
        after(CurationAction.MERGE, FacetField.PLACE, "Kiev", "Kyiv City");
        EntityAliases aliases = after(CurationAction.RENAME, FacetField.PLACE, "Kyiv City", "Kyiv");
        assertEquals("Kyiv", aliases.canonical(FacetField.PLACE, "Kiev"));
        assertEquals(List.of("Kyiv", "Kiev", "Kyiv City"), aliases.members(FacetField.PLACE, "Kyiv"));
    }

    @Test
    void splittingAnAliasMakesItAValueOfItsOwnAgain() {
        after(CurationAction.MERGE, FacetField.PERSON, "Johnson", "Boris Johnson");
        EntityAliases aliases = after(CurationAction.SPLIT, FacetField.PERSON, "Johnson", null);
        assertEquals("Johnson", aliases.canonical(FacetField.PERSON, "Johnson"));
        assertEquals(List.of("Boris Johnson"), aliases.members(FacetField.PERSON, "Boris Johnson"));
    }

    @Test
    void aBlockedValueIsLeftOutOfWhatIsShown() {
        EntityAliases aliases = after(CurationAction.BLOCK, FacetField.PERSON, "Herder Musa Lenkaina", null);
        assertTrue(aliases.isBlocked(FacetField.PERSON, "Herder Musa Lenkaina"));
        assertFalse(aliases.isBlocked(FacetField.ORG, "Herder Musa Lenkaina"));
        assertEquals(
                List.of("Musa Lenkaina"),
                aliases.shown(FacetField.PERSON, List.of("Herder Musa Lenkaina", "Musa Lenkaina")));
    }

    @Test
    void shownValuesNameEachEntityOnce() {
        EntityAliases aliases = after(CurationAction.MERGE, FacetField.PLACE, "U.S.", "United States");
        assertEquals(
                List.of("United States", "Ohio"),
                aliases.shown(FacetField.PLACE, List.of("U.S.", "Ohio", "United States")));
    }

    @Test
    void aCycleOfMergesEndsInsteadOfLoopingForever() {
        after(CurationAction.MERGE, FacetField.ORG, "A", "B");
        EntityAliases aliases = after(CurationAction.MERGE, FacetField.ORG, "B", "A");
        aliases.canonical(FacetField.ORG, "A");
        aliases.members(FacetField.ORG, "A");
    }

    @Test
    void theOtherNamesOfANameAreThoseOfEveryValueShownAsIt() {
        NameAliases known = otherNamesOnly((field, value) -> switch (value) {
            case "Mumbai" -> List.of("Bombay");
            case "Mumbai City" -> List.of("Bombay", "Bombaim");
            default -> List.of();
        });
        CurationChange merge =
                new CurationChange(1, Instant.EPOCH, CurationAction.MERGE, FacetField.PLACE, "Mumbai City", "Mumbai");
        EntityAliases aliases = new EntityAliases(List.of(), List.of(merge), known);
        assertEquals(List.of("Bombay", "Bombaim"), aliases.otherNames(FacetField.PLACE, "Mumbai"));
        assertEquals(List.of(), aliases.otherNames(FacetField.PLACE, "Pune"));
        assertEquals(List.of(), EntityAliases.NONE.otherNames(FacetField.PLACE, "Mumbai"));
    }

    @Test
    void anOpenedArticleSaysWhichOtherNamesItsTextCallsItsEntitiesBy() {
        NameAliases known =
                otherNamesOnly((field, value) -> field == FacetField.COUNTRY && value.equals("United States")
                        ? List.of("United States of America", "US")
                        : List.of());
        CurationChange merge =
                new CurationChange(1, Instant.EPOCH, CurationAction.MERGE, FacetField.ORG, "EU", "European Union");
        EntityAliases aliases = new EntityAliases(List.of(), List.of(merge), known);
        ArticleView article = new ArticleView(
                "a",
                "EU AND U.S. AGREE",
                "The EU and the U.S. agreed. Let us hope, said Volodymyr Zelenskyy.",
                null,
                null,
                null,
                null,
                List.of("Volodymyr Zelenskyy"),
                List.of(),
                List.of("United States"),
                List.of("EU"),
                List.of(),
                null,
                List.of(),
                Map.of());

        ArticleView opened = aliases.opened(article);

        assertEquals(List.of("European Union"), opened.orgs());
        assertEquals(Map.of("United States", List.of("U.S."), "European Union", List.of("EU")), opened.writtenAs());
        assertEquals(Map.of(), aliases.shown(article).writtenAs());
    }

    /** Other names as {@code otherNames} gives them, and no typed name standing for another value. */
    private static NameAliases otherNamesOnly(BiFunction<FacetField, String, List<String>> otherNames) {
        return new NameAliases() {
            @Override
            public List<String> valuesNamed(FacetField field, String typed) {
                return List.of();
            }

            @Override
            public List<String> otherNames(FacetField field, String value) {
                return otherNames.apply(field, value);
            }
        };
    }

    /** A gazetteer of four places, as extraction derives their country and region. */
    private static final NameAliases FOUR_PLACES = new NameAliases() {
        @Override
        public List<String> valuesNamed(FacetField field, String typed) {
            return List.of();
        }

        @Override
        public PlaceDerivation derivedFrom(String place) {
            return switch (place) {
                case "Las Vegas" -> new PlaceDerivation(List.of("United States"), List.of("Nevada, United States"));
                case "Reno" -> new PlaceDerivation(List.of("United States"), List.of("Nevada, United States"));
                case "United States" -> new PlaceDerivation(List.of("United States"), List.of());
                case "Mombasa" -> new PlaceDerivation(List.of("Kenya"), List.of("Mombasa County, Kenya"));
                default -> PlaceDerivation.NONE;
            };
        }
    };

    private EntityAliases blocking(String place) {
        log.add(new CurationChange(log.size() + 1, Instant.EPOCH, CurationAction.BLOCK, FacetField.PLACE, place, null));
        return new EntityAliases(List.of(), log, FOUR_PLACES);
    }

    @Test
    void aBlockedPlaceTakesTheCountryAndRegionOnlyItBrought() {
        EntityAliases aliases = blocking("Las Vegas");
        List<String> places = List.of("Mombasa", "Las Vegas");
        assertEquals(
                Set.of("United States"),
                aliases.withdrawn(FacetField.COUNTRY, places, List.of("Kenya", "United States")));
        assertEquals(
                Set.of("Nevada, United States"),
                aliases.withdrawn(
                        FacetField.REGION, places, List.of("Mombasa County, Kenya", "Nevada, United States")));
    }

    @Test
    void aCountryOrRegionAnotherPlaceOrTheArticleItselfNamesStays() {
        EntityAliases aliases = blocking("Las Vegas");
        List<String> countries = List.of("United States");
        assertEquals(Set.of(), aliases.withdrawn(FacetField.COUNTRY, List.of("Las Vegas", "Reno"), countries));
        assertEquals(Set.of(), aliases.withdrawn(FacetField.COUNTRY, List.of("Las Vegas", "United States"), countries));
        assertEquals(
                Set.of(),
                aliases.withdrawn(FacetField.REGION, List.of("Las Vegas", "Reno"), List.of("Nevada, United States")));
    }

    @Test
    void twoBlockedPlacesOfOneCountryTakeItTogetherAndNoBlockTakesNothing() {
        blocking("Las Vegas");
        EntityAliases both = blocking("Reno");
        assertEquals(
                Set.of("United States"),
                both.withdrawn(FacetField.COUNTRY, List.of("Las Vegas", "Reno"), List.of("United States")));
        EntityAliases none = new EntityAliases(List.of(), List.of(), FOUR_PLACES);
        assertEquals(Set.of(), none.withdrawn(FacetField.COUNTRY, List.of("Las Vegas"), List.of("United States")));
    }

    @Test
    void anArticleShowsNeitherTheBlockedPlaceNorWhatOnlyItBrought() {
        EntityAliases aliases = blocking("Las Vegas");
        ArticleView article = new ArticleView(
                "a",
                "t",
                "b",
                null,
                null,
                null,
                null,
                List.of(),
                List.of("Mombasa", "Las Vegas"),
                List.of("Kenya", "United States"),
                List.of(),
                List.of(),
                null,
                List.of("Mombasa County, Kenya", "Nevada, United States"),
                Map.of());
        ArticleView shown = aliases.shown(article);
        assertEquals(List.of("Mombasa"), shown.places());
        assertEquals(List.of("Kenya"), shown.countries());
        assertEquals(List.of("Mombasa County, Kenya"), shown.regions());
    }

    @Test
    void onlyTheCuratorsOwnChangesCountAsCuratedAndArticleCountsBoundValuesWhereGiven() {
        List<AutomaticMerge> automatic = List.of(
                new AutomaticMerge(FacetField.ORG, "USDA", "US Agriculture Department", "merged because acronym"),
                new AutomaticMerge(FacetField.ORG, "Agriculture Dept", "US Agriculture Department", "merged because"));
        List<CurationChange> curator = List.of(
                new CurationChange(1, Instant.EPOCH, CurationAction.BLOCK, FacetField.ORG, "Reuters", null),
                new CurationChange(2, Instant.EPOCH, CurationAction.RENAME, FacetField.ORG, "Fed", "Federal Reserve"));
        EntityAliases aliases = new EntityAliases(automatic, curator, NameAliases.NONE);

        assertEquals(4, aliases.curatedValueCount(FacetField.ORG));
        assertEquals(2, aliases.curatorChangedValueCount(FacetField.ORG));
        assertEquals(
                Map.of(
                        "US Agriculture Department",
                        List.of("USDA", "Agriculture Dept"),
                        "Federal Reserve",
                        List.of("Fed")),
                aliases.renamedValuesByName(FacetField.ORG));
        assertEquals(
                List.of("US Agriculture Department", "USDA", "Agriculture Dept"),
                aliases.members(FacetField.ORG, "USDA"));

        assertEquals(Long.MAX_VALUE, aliases.articlesAtMost(FacetField.ORG, "USDA"));
        EntityAliases counted = aliases.withArticleCounts(Map.of(FacetField.ORG, Map.of("USDA", 12L)));
        assertEquals(12L, counted.articlesAtMost(FacetField.ORG, "USDA"));
        assertEquals(Long.MAX_VALUE, counted.articlesAtMost(FacetField.ORG, "Fed"));
        assertEquals(12L, counted.withWithdrawnValues(Map.of()).articlesAtMost(FacetField.ORG, "USDA"));
    }
}
