package dev.lede.enrich.places;

/**
 * One gazetteer entry.
 *
 * @param name the canonical English name ("Kyiv", "Bavaria", "United States")
 * @param countryCode ISO 3166-1 alpha-2 code of the country it lies in (its own code for a country)
 * @param regionCode first-level region as {@code <country>.<admin1>} ("DE.02"), or {@code null}
 * @param population inhabitants as GeoNames gives them; 0 for a region
 * @param featureCode GeoNames feature code of a city ("PPLC" for a capital, "PPLX" for a section of one) or of a
 *     second-level region ("ADM2"), or {@code null}
 * @param nameCount how many other names GeoNames gives a city, in every language and script: how widely it is known
 *     abroad; 0 for a country or region
 */
public record Place(
        String name,
        PlaceKind kind,
        String countryCode,
        String regionCode,
        long population,
        String featureCode,
        int nameCount) {

    /** A place whose other names are not counted: a country, a region. */
    public Place(
            String name, PlaceKind kind, String countryCode, String regionCode, long population, String featureCode) {
        this(name, kind, countryCode, regionCode, population, featureCode, 0);
    }

    public enum PlaceKind {
        COUNTRY,
        REGION,
        CITY
    }

    /** GeoNames' feature code of a second-level region ("Kent", whose region is England). */
    static final String SECOND_LEVEL_REGION = "ADM2";

    /** GeoNames' feature code of a section of a city: "Chelsea" and "Brixton" in London, "Harlem" in New York. */
    static final String CITY_SECTION = "PPLX";

    boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** A part of a bigger city, named in its country's news, never a capital word on its own. */
    boolean isCitySection() {
        return CITY_SECTION.equals(featureCode);
    }

    public boolean isSecondLevelRegion() {
        return SECOND_LEVEL_REGION.equals(featureCode);
    }
}
