package dev.lede.enrich.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the first-level regions of GeoNames' {@code admin1CodesASCII.txt} as R records, under the names news uses:
 * corrected names, the wire abbreviations of US states and Canadian provinces, and short names without "Oblast".
 */
final class RegionSource {

    /** GeoNames' region names that are out of date or odd (its README names these). */
    private static final Map<String, String> REGION_NAMES = Map.of(
            "UA.13", "Kyiv Oblast",
            "UA.07", "Kharkiv Oblast",
            "RU.42", "Leningrad Oblast",
            "RU.66", "Saint Petersburg");

    /** The abbreviations of US states and Canadian provinces that wire datelines use ("PORTLAND, Ore."). */
    private static final Map<String, String> REGION_ABBREVIATIONS = Map.ofEntries(
            Map.entry("US.AL", "Ala."),
            Map.entry("US.AZ", "Ariz."),
            Map.entry("US.AR", "Ark."),
            Map.entry("US.CA", "Calif."),
            Map.entry("US.CO", "Colo."),
            Map.entry("US.CT", "Conn."),
            Map.entry("US.DE", "Del."),
            Map.entry("US.DC", "D.C."),
            Map.entry("US.FL", "Fla."),
            Map.entry("US.GA", "Ga."),
            Map.entry("US.IL", "Ill."),
            Map.entry("US.IN", "Ind."),
            Map.entry("US.KS", "Kan."),
            Map.entry("US.KY", "Ky."),
            Map.entry("US.LA", "La."),
            Map.entry("US.MD", "Md."),
            Map.entry("US.MA", "Mass."),
            Map.entry("US.MI", "Mich."),
            Map.entry("US.MN", "Minn."),
            Map.entry("US.MS", "Miss."),
            Map.entry("US.MO", "Mo."),
            Map.entry("US.MT", "Mont."),
            Map.entry("US.NE", "Neb."),
            Map.entry("US.NV", "Nev."),
            Map.entry("US.NH", "N.H."),
            Map.entry("US.NJ", "N.J."),
            Map.entry("US.NM", "N.M."),
            Map.entry("US.NY", "N.Y."),
            Map.entry("US.NC", "N.C."),
            Map.entry("US.ND", "N.D."),
            Map.entry("US.OK", "Okla."),
            Map.entry("US.OR", "Ore."),
            Map.entry("US.PA", "Pa."),
            Map.entry("US.RI", "R.I."),
            Map.entry("US.SC", "S.C."),
            Map.entry("US.SD", "S.D."),
            Map.entry("US.TN", "Tenn."),
            Map.entry("US.TX", "Tex."),
            Map.entry("US.VT", "Vt."),
            Map.entry("US.VA", "Va."),
            Map.entry("US.WA", "Wash."),
            Map.entry("US.WV", "W.Va."),
            Map.entry("US.WI", "Wis."),
            Map.entry("US.WY", "Wyo."),
            Map.entry("CA.08", "Ont."),
            Map.entry("CA.10", "Que."),
            Map.entry("CA.02", "B.C."),
            Map.entry("CA.01", "Alta."),
            Map.entry("CA.03", "Man."),
            Map.entry("CA.11", "Sask."),
            Map.entry("CA.07", "N.S."));

    /** Other ways wire copy abbreviates a state ("Phoenixville, Penn.", "Charleston, W. Va."). */
    private static final Map<String, List<String>> OTHER_ABBREVIATIONS =
            Map.of("US.PA", List.of("Penn.", "Penna."), "US.WV", List.of("W. Va."));

    /** Words naming the kind of a region, dropped for a short alias ("Kursk Oblast" is also "Kursk"). */
    private static final Pattern REGION_KIND = Pattern.compile(
            "\\s+(?:Oblast'?|Oblast’|Province|Region|Governorate|Prefecture|State|Krai|Kray|Republic|District"
                    + "|Department|Voivodeship|Municipality|Territory|County|Division|City)$");

    private RegionSource() {}

    /** "Kursk Oblast" → "Kursk"; a name without such a last word stays. */
    static String withoutKind(String name) {
        return REGION_KIND.matcher(name).replaceFirst("");
    }

    /**
     * "Newfoundland and Labrador" → "Newfoundland": a region named after two lands is often called by the first. Not
     * a word that only points ("Central and Western"), nor one too short to tell apart.
     */
    static Optional<String> firstOfTwo(String name) {
        int and = name.indexOf(" and ");
        if (and < 0) {
            return Optional.empty();
        }
        String first = name.substring(0, and).strip();
        return first.length() >= 4 && !PlaceNames.isDirectionOnly(first) && !PlaceNames.isDescriptive(first)
                ? Optional.of(first)
                : Optional.empty();
    }

    /** The R records of the regions of the given countries, in file order. */
    static List<String> records(Path admin1, Set<String> countryCodes) throws IOException {
        List<String> regions = new ArrayList<>();
        for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !countryCodes.contains(f[0].substring(0, 2))) {
                continue;
            }
            String name = REGION_NAMES.getOrDefault(f[0], f[1].strip());
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(f[2].strip());
            aliases.add(f[1].strip());
            if (REGION_ABBREVIATIONS.containsKey(f[0])) {
                aliases.add(REGION_ABBREVIATIONS.get(f[0]));
            }
            aliases.addAll(OTHER_ABBREVIATIONS.getOrDefault(f[0], List.of()));
            String shortName = withoutKind(name);
            if (shortName.length() >= 4) {
                aliases.add(shortName);
            }
            firstOfTwo(name).ifPresent(aliases::add);
            aliases.removeIf(alias -> alias.isEmpty() || PlaceKeys.of(alias).equals(PlaceKeys.of(name)));
            regions.add(GazetteerFormat.record("R", f[0], name, GazetteerFormat.list(AlternateNames.dedupe(aliases))));
        }
        return regions;
    }
}
