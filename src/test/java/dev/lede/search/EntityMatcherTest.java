package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine-neutral half of {@code person:}-style query terms: which indexed values a typed name means. */
class EntityMatcherTest {

    private static final Map<FacetField, List<String>> INDEXED = Map.of(
            FacetField.PERSON,
            List.of("Volodymyr Zelenskyy", "Vladimir Putin", "Muammar Gaddafi", "Boris Johnson"),
            FacetField.PLACE,
            List.of("Mumbai", "Mumbai City", "Kyiv"));

    private static final EntityAliases ALIASES = new EntityAliases(
            List.of(),
            List.of(
                    new CurationChange(
                            1, Instant.EPOCH, CurationAction.MERGE, FacetField.PLACE, "Mumbai City", "Mumbai"),
                    new CurationChange(
                            2, Instant.EPOCH, CurationAction.BLOCK, FacetField.PERSON, "Boris Johnson", null)),
            NameAliases.NONE);

    private final EntityMatcher matcher = new EntityMatcher(field -> INDEXED.getOrDefault(field, List.of()), ALIASES);

    @Test
    void aWordOfANameFindsTheWholeNameIgnoringCaseAndAccents() {
        assertEquals(List.of("Volodymyr Zelenskyy"), matcher.exact(FacetField.PERSON, "ZELÉNSKYY"));
    }

    @Test
    void aWholeNameFindsEveryValueShownUnderIt() {
        assertEquals(Set.of("Mumbai", "Mumbai City"), Set.copyOf(matcher.exact(FacetField.PLACE, "mumbai")));
    }

    @Test
    void aPrefixFindsTheValuesWithAWordStartingSo() {
        assertEquals(List.of("Volodymyr Zelenskyy"), matcher.prefix(FacetField.PERSON, "zel"));
        assertEquals(List.of(), matcher.prefix(FacetField.PERSON, "xyz"));
    }

    @Test
    void aTransliterationOfAPersonsNameFindsThePerson() {
        assertEquals(List.of("Muammar Gaddafi"), matcher.exact(FacetField.PERSON, "Qaddafi"));
    }

    @Test
    void aBlockedValueOrAnUnknownNameMatchesNothing() {
        assertEquals(List.of(), matcher.exact(FacetField.PERSON, "johnson"));
        assertEquals(List.of(), matcher.exact(FacetField.PLACE, "Atlantis"));
    }
}
