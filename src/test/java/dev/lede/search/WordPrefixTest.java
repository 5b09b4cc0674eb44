package dev.lede.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.model.CurationAction;
import dev.lede.model.CurationChange;
import dev.lede.model.EntityAliases;
import dev.lede.model.FacetField;
import dev.lede.model.NameAliases;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPrefixTest {

    private static final NameAliases KNOWN = new NameAliases() {
        @Override
        public List<String> valuesNamed(FacetField field, String typed) {
            return List.of();
        }

        @Override
        public List<String> otherNames(FacetField field, String value) {
            return value.equals("Mumbai") ? List.of("Bombay", "Dakbayan sa Bombay") : List.of();
        }
    };

    private static final EntityAliases ALIASES = new EntityAliases(
            List.of(),
            List.of(new CurationChange(
                    1, Instant.EPOCH, CurationAction.MERGE, FacetField.PLACE, "Mumbai City", "Mumbai")),
            KNOWN);

    private static boolean finds(String prefix, String name) {
        return new WordPrefix(prefix).matchesAnyNameOf(ALIASES, FacetField.PLACE, name);
    }

    @Test
    void aWordOfTheNameOrOfAValueShownAsItMatches() {
        assertTrue(finds("mum", "Mumbai"));
        assertTrue(finds("cit", "Mumbai"));
        assertTrue(finds("", "Mumbai"));
        assertFalse(finds("umb", "Mumbai"));
    }

    @Test
    void aWordOfAKnownOtherNameMatchesFromThreeLetters() {
        assertTrue(finds("BOMBAY", "Mumbai"));
        assertTrue(finds("dakb", "Mumbai"));
        assertTrue(finds("bom", "Mumbai"));
        assertFalse(finds("bo", "Mumbai"));
        assertFalse(finds("omba", "Mumbai"));
        assertFalse(finds("bom", "Pune"));
    }
}
