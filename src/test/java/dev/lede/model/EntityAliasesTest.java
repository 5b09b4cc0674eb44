package dev.lede.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        NameAliases known = new NameAliases() {
            @Override
            public List<String> valuesNamed(FacetField field, String typed) {
                return List.of();
            }

            @Override
            public List<String> otherNames(FacetField field, String value) {
                return switch (value) {
                    case "Mumbai" -> List.of("Bombay");
                    case "Mumbai City" -> List.of("Bombay", "Bombaim");
                    default -> List.of();
                };
            }
        };
        CurationChange merge =
                new CurationChange(1, Instant.EPOCH, CurationAction.MERGE, FacetField.PLACE, "Mumbai City", "Mumbai");
        EntityAliases aliases = new EntityAliases(List.of(), List.of(merge), known);
        assertEquals(List.of("Bombay", "Bombaim"), aliases.otherNames(FacetField.PLACE, "Mumbai"));
        assertEquals(List.of(), aliases.otherNames(FacetField.PLACE, "Pune"));
        assertEquals(List.of(), EntityAliases.NONE.otherNames(FacetField.PLACE, "Mumbai"));
    }
}
