package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernmentSecuritiesTest {

    private static final EntityMention SALOMON = new EntityMention(EntityKind.ORGANIZATION, "Salomon Brothers Inc");

    private static List<EntityMention> mentions(String office) {
        return List.of(new EntityMention(EntityKind.ORGANIZATION, office), SALOMON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Yields on Treasury bills rose, and Treasury bond prices fell, Salomon Brothers Inc said.",
                "Salomon Brothers Inc expects the Treasury\nsecurities to rally; Treasury Bills were steady.",
                "The Treasury market was quiet, said Salomon Brothers Inc. Treasury yields eased.",
                "Salomon Brothers Inc bought U.S. Treasury notes."
            })
    void anOfficeNamedOnlyBeforeItsSecuritiesIsNoOrganisation(String text) {
        String office = text.contains("U.S. Treasury") ? "U.S. Treasury" : "Treasury";

        assertEquals(List.of(SALOMON), GovernmentSecurities.without(text, mentions(office)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Treasury bill rates rose after the Treasury said it would sell more, Salomon Brothers Inc said.",
                "Treasury Secretary James Baker spoke; Treasury bonds fell, said Salomon Brothers Inc.",
                "The Treasury will auction three-year notes, Salomon Brothers Inc said.",
                "Salomon Brothers Inc said a Treasury auction is due.",
                "The Thai central bank sought Finance\nMinistry approval; Finance Ministry bonds, Salomon Brothers Inc said."
            })
    void anOfficeNamedAnywhereElseStays(String text) {
        String office = text.contains("Ministry") ? "Finance Ministry" : "Treasury";

        assertEquals(mentions(office), GovernmentSecurities.without(text, mentions(office)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Salomon Brothers Inc", "Treasury Board"})
    void anOrganisationThatIsNoOfficeStays(String name) {
        String text = name + " bonds and " + name + " notes were sold.";
        List<EntityMention> mentions = List.of(new EntityMention(EntityKind.ORGANIZATION, name));

        assertEquals(mentions, GovernmentSecurities.without(text, mentions));
    }
}
