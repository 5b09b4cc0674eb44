package dev.lede.cli;

import dev.lede.enrich.places.GazetteerBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = {
            "Derives the place gazetteer that extraction uses from the GeoNames and country data files.",
            "Reads countryInfo.txt, admin1CodesASCII.txt, admin2Codes.txt.gz, cities15000.txt.gz,",
            "countries.json.gz and country_aliases.csv.gz from --from; writes one gzipped resource to --out.",
            "Example:",
            "  lede gazetteer --from ../shared/gazetteer \\",
            "      --out src/main/resources/dev/lede/enrich/gazetteer.tsv.gz"
        })
final class GazetteerCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder with the data files.")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The gazetteer file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GazetteerBuilder.Summary summary = GazetteerBuilder.build(from, out);
        spec.commandLine()
                .getErr()
                .printf(
                        "Wrote %s (%,d bytes): %d countries, %d regions, %d second-level regions, %d cities, %d"
                                + " parts of the world%n",
                        out,
                        Files.size(out),
                        summary.countries(),
                        summary.regions(),
                        summary.secondLevelRegions(),
                        summary.cities(),
                        summary.worldRegions());
        return 0;
    }
}
