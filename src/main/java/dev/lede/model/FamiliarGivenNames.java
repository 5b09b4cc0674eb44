package dev.lede.model;

import java.util.List;
import java.util.Map;

/**
 * English given names as news writes them familiarly ("Jim", "Bob", "Bill") and the names they stand for ("James",
 * "Robert", "William"), in the plain lower-case letters {@link PersonNameParts} keeps. A short form either sex uses
 * ("Sam", "Chris", "Pat", "Alex", "Jo") is not here, nor one that is as often a given name in its own right ("Jack",
 * "Harry", "Will", "Ray", "Ricky", "Mick"): "Will Smith" and "Harry Kane" are not written "William Smith" and "Henry Kane".
 */
final class FamiliarGivenNames {

    private static final Map<String, List<String>> FORMAL_NAMES = Map.ofEntries(
            Map.entry("abe", List.of("abraham")),
            Map.entry("al", List.of("albert", "alan", "alfred")),
            Map.entry("andy", List.of("andrew")),
            Map.entry("ben", List.of("benjamin")),
            Map.entry("bernie", List.of("bernard")),
            Map.entry("beth", List.of("elizabeth")),
            Map.entry("betty", List.of("elizabeth")),
            Map.entry("bill", List.of("william")),
            Map.entry("billy", List.of("william")),
            Map.entry("bob", List.of("robert")),
            Map.entry("bobby", List.of("robert")),
            Map.entry("cathy", List.of("catherine", "katherine", "kathryn")),
            Map.entry("chuck", List.of("charles")),
            Map.entry("dan", List.of("daniel")),
            Map.entry("danny", List.of("daniel")),
            Map.entry("dave", List.of("david")),
            Map.entry("davy", List.of("david")),
            Map.entry("debbie", List.of("deborah")),
            Map.entry("dick", List.of("richard")),
            Map.entry("don", List.of("donald")),
            Map.entry("doug", List.of("douglas")),
            Map.entry("ed", List.of("edward", "edmund", "edwin")),
            Map.entry("eddie", List.of("edward", "edmund", "edwin")),
            Map.entry("fred", List.of("frederick")),
            Map.entry("freddie", List.of("frederick")),
            Map.entry("geoff", List.of("geoffrey")),
            Map.entry("gerry", List.of("gerald", "gerard")),
            Map.entry("greg", List.of("gregory")),
            Map.entry("hank", List.of("henry")),
            Map.entry("jeff", List.of("jeffrey", "geoffrey")),
            Map.entry("jenny", List.of("jennifer")),
            Map.entry("jerry", List.of("gerald", "jerome", "jeremiah")),
            Map.entry("jim", List.of("james")),
            Map.entry("jimmy", List.of("james")),
            Map.entry("joe", List.of("joseph")),
            Map.entry("joey", List.of("joseph")),
            Map.entry("josh", List.of("joshua")),
            Map.entry("judy", List.of("judith")),
            Map.entry("kate", List.of("catherine", "katherine", "kathryn")),
            Map.entry("kathy", List.of("catherine", "katherine", "kathryn")),
            Map.entry("katie", List.of("catherine", "katherine", "kathryn")),
            Map.entry("ken", List.of("kenneth")),
            Map.entry("kenny", List.of("kenneth")),
            Map.entry("larry", List.of("lawrence", "laurence")),
            Map.entry("len", List.of("leonard")),
            Map.entry("lenny", List.of("leonard")),
            Map.entry("liz", List.of("elizabeth")),
            Map.entry("maggie", List.of("margaret")),
            Map.entry("matt", List.of("matthew")),
            Map.entry("mike", List.of("michael")),
            Map.entry("mitch", List.of("mitchell")),
            Map.entry("nate", List.of("nathan", "nathaniel")),
            Map.entry("nick", List.of("nicholas", "nicolas")),
            Map.entry("peggy", List.of("margaret")),
            Map.entry("pete", List.of("peter")),
            Map.entry("phil", List.of("philip", "phillip")),
            Map.entry("reg", List.of("reginald")),
            Map.entry("rick", List.of("richard")),
            Map.entry("rob", List.of("robert")),
            Map.entry("robbie", List.of("robert")),
            Map.entry("rod", List.of("rodney", "roderick")),
            Map.entry("ron", List.of("ronald")),
            Map.entry("ronnie", List.of("ronald")),
            Map.entry("russ", List.of("russell")),
            Map.entry("stan", List.of("stanley")),
            Map.entry("steve", List.of("stephen", "steven")),
            Map.entry("sue", List.of("susan", "suzanne")),
            Map.entry("ted", List.of("edward", "theodore")),
            Map.entry("teddy", List.of("edward", "theodore")),
            Map.entry("theo", List.of("theodore")),
            Map.entry("tim", List.of("timothy")),
            Map.entry("tom", List.of("thomas")),
            Map.entry("tommy", List.of("thomas")),
            Map.entry("tony", List.of("anthony", "antony")),
            Map.entry("vince", List.of("vincent")),
            Map.entry("walt", List.of("walter")),
            Map.entry("zach", List.of("zachary")));

    private FamiliarGivenNames() {}

    /** The given names a familiar one stands for, none for a word that is no familiar given name. */
    static List<String> formalNames(String word) {
        return FORMAL_NAMES.getOrDefault(word, List.of());
    }
}
