package dev.lede.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.model.EntityKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PluralOfficesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Treasuries", "Treasurys", "Central Banks", "Finance Ministries", "Armies", "Parliaments"})
    void anOfficeInThePluralIsNoOrganisation(String name) {
        List<EntityMention> mentions = List.of(
                new EntityMention(EntityKind.ORGANIZATION, name), new EntityMention(EntityKind.PERSON, "Ann Lee"));

        assertEquals(List.of(new EntityMention(EntityKind.PERSON, "Ann Lee")), PluralOffices.without(mentions));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Treasury", "Congress", "Central Bank", "Salomon Brothers", "Lloyds", "TREASURIES"})
    void anyOtherOrganisationStays(String name) {
        List<EntityMention> mentions = List.of(new EntityMention(EntityKind.ORGANIZATION, name));

        assertEquals(mentions, PluralOffices.without(mentions));
    }
}
