package dev.lede;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import dev.lede.ingest.LiveIngestion;

/**
 * The package dependencies that ARCHITECTURE.md describes, checked on the compiled main classes. Data flows one way:
 * source → parse → enrich → index → ingest/search → web → cli; model and config depend on nothing of ours.
 *
 * <p>The rules are {@code @ArchTest} methods rather than {@code ArchRule} fields because Maven Surefire 3.5.3
 * silently skips {@code @ArchTest} fields (SUREFIRE-2298, TNG/ArchUnit#1442; fixed in 3.5.4).
 *
 * <p>ArchUnit reads bytecode, where javac has inlined compile-time constants: a class that uses only, say,
 * {@code Schema.ID} from another package shows no dependency on it here.
 */
@AnalyzeClasses(packages = "dev.lede", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] LUCENE_ENGINE = {"dev.lede.index.lucene..", "dev.lede.search.lucene.."};
    private static final String[] SOLR_ENGINE = {"dev.lede.index.solr..", "dev.lede.search.solr.."};
    private static final String[] ENGINES = {
        "dev.lede.index.lucene..", "dev.lede.search.lucene..", "dev.lede.index.solr..", "dev.lede.search.solr.."
    };

    /** Each package is a layer; a new package must be added here (and to ARCHITECTURE.md) for this to pass. */
    @ArchTest
    static void eachPackageDependsOnlyOnThePackagesBeforeIt(JavaClasses classes) {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("model")
                .definedBy("dev.lede.model..")
                .layer("config")
                .definedBy("dev.lede.config..")
                .layer("source")
                .definedBy("dev.lede.source..")
                .layer("parse")
                .definedBy("dev.lede.parse..")
                .layer("enrich")
                .definedBy("dev.lede.enrich..")
                .layer("index")
                .definedBy("dev.lede.index..")
                .layer("store")
                .definedBy("dev.lede.store..")
                .layer("ingest")
                .definedBy("dev.lede.ingest..")
                .layer("search")
                .definedBy("dev.lede.search..")
                .layer("web")
                .definedBy("dev.lede.web..")
                .layer("eval")
                .definedBy("dev.lede.eval..")
                .layer("bench")
                .definedBy("dev.lede.bench..")
                .layer("cli")
                .definedBy("dev.lede.cli..")
                .whereLayer("model")
                .mayNotAccessAnyLayer()
                .whereLayer("config")
                .mayNotAccessAnyLayer()
                .whereLayer("source")
                .mayOnlyAccessLayers("model")
                .whereLayer("parse")
                .mayOnlyAccessLayers("model", "source")
                .whereLayer("enrich")
                .mayOnlyAccessLayers("model", "config")
                .whereLayer("index")
                .mayOnlyAccessLayers("model")
                .whereLayer("ingest")
                .mayOnlyAccessLayers("model", "source", "parse", "enrich", "index")
                .whereLayer("store")
                .mayOnlyAccessLayers("model", "config")
                .whereLayer("search")
                .mayOnlyAccessLayers("model", "index", "store")
                .whereLayer("web")
                .mayOnlyAccessLayers("model", "config", "search", "store")
                .whereLayer("eval")
                .mayOnlyAccessLayers("model", "config", "enrich")
                .whereLayer("eval")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("bench")
                .mayOnlyAccessLayers("model", "config", "source", "parse", "enrich", "index", "ingest", "search", "web")
                .whereLayer("bench")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .because("data flows one way, and cli alone wires the packages together")
                .check(classes);
    }

    @ArchTest
    static void modelUsesTheJdkOnly(JavaClasses classes) {
        classes()
                .that()
                .resideInAPackage("dev.lede.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.lede.model..")
                .because("every package speaks in model records, so they must not drag anything in with them")
                .check(classes);
    }

    @ArchTest
    static void configUsesTheJdkOnly(JavaClasses classes) {
        classes()
                .that()
                .resideInAPackage("dev.lede.config..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.lede.config..")
                .because("settings are plain values that any package may be handed")
                .check(classes);
    }

    /**
     * Beyond the two Lucene engine packages, Lucene is used by {@code index.Schema} (the analyzers and facets
     * configuration both engines share: the Solr configset spells the same analyzers), by {@code index.WordForms} (the
     * same analyzer's stems, which both engines' searches compare with the words typed) and by bench.
     */
    @ArchTest
    static void luceneStaysInTheLuceneEngineAndTheSharedSchema(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.lede.index.lucene..",
                        "dev.lede.search.lucene..",
                        "dev.lede.index.solr..",
                        "dev.lede.bench..")
                .and()
                .haveNameNotMatching("dev\\.lede\\.index\\.(Schema|WordForms)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .because("index.ArticleSink and search.ArticleSearch are the seams where another backend plugs in;"
                        + " bench measures Lede against Lucene alone")
                .check(classes);
    }

    @ArchTest
    static void theSolrEngineReadsOnlyLuceneAnalysis(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("dev.lede.index.solr..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.apache.lucene..")
                        .and(not(resideInAPackage("org.apache.lucene.analysis.."))))
                .because("the configset spells Schema's analyzer (its stop words) for Solr, and needs nothing else"
                        + " of Lucene")
                .check(classes);
    }

    @ArchTest
    static void httpStaysInWeb(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.lede.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .because("search and the command line must work, and be tested, without an HTTP server")
                .check(classes);
    }

    @ArchTest
    static void solrJStaysInTheSolrPackages(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.lede.index.solr..", "dev.lede.search.solr..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.solr..")
                .because("the SolrCloud engine is two packages beside the Lucene one: writing and searching")
                .check(classes);
    }

    @ArchTest
    static void theNeutralRulesKnowNoEngine(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage("dev.lede.search", "dev.lede.index")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ENGINES)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.solr..")
                .because("search and index hold what every engine obeys: request checks, query language rules,"
                        + " aliases, paging, field names")
                .check(classes);
    }

    @ArchTest
    static void theLuceneEngineKnowsNothingOfSolr(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage(LUCENE_ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SOLR_ENGINE)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.solr..")
                .because("the two engines are siblings below the neutral rules")
                .check(classes);
    }

    @ArchTest
    static void theSolrEngineKnowsNothingOfLucene(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage(SOLR_ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(LUCENE_ENGINE)
                .because("the two engines are siblings below the neutral rules")
                .check(classes);
    }

    @ArchTest
    static void theServerKnowsNoEngine(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("dev.lede.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ENGINES)
                .because("the API answers the same whichever engine stands behind search.ArticleSearch")
                .check(classes);
    }

    @ArchTest
    static void onlyTheCommandLineWiresTheSolrEngine(JavaClasses classes) {
        classes()
                .that()
                .resideInAnyPackage(SOLR_ENGINE)
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage("dev.lede.index.solr..", "dev.lede.search.solr..", "dev.lede.cli..")
                .because("cli alone picks the engine (cli.Backends); everything else sees the seams")
                .check(classes);
    }

    /**
     * Besides cli, bench times Lede's own Lucene indexing, and {@code ingest.LiveIngestion} (the server's article
     * writes) opens a {@code LuceneIndexWriter} on the served folder for each request.
     */
    @ArchTest
    static void onlyTheCommandLineWiresTheLuceneEngine(JavaClasses classes) {
        classes()
                .that()
                .resideInAnyPackage(LUCENE_ENGINE)
                .should()
                .onlyHaveDependentClassesThat(resideInAnyPackage(
                                "dev.lede.index.lucene..",
                                "dev.lede.search.lucene..",
                                "dev.lede.cli..",
                                "dev.lede.bench..")
                        .or(belongToAnyOf(LiveIngestion.class)))
                .because("cli alone picks the engine (cli.Backends); everything else sees the seams")
                .check(classes);
    }

    @ArchTest
    static void coreNlpStaysInEnrich(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.lede.enrich..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford..")
                .because("callers see only enrich.Extractor, so the NLP library can change in one package")
                .check(classes);
    }

    @ArchTest
    static void jsoupStaysInParse(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.lede.parse..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsoup..")
                .because("HTML is one input format, read by parse.HtmlParser")
                .check(classes);
    }

    @ArchTest
    static void packagesHaveNoCycles(JavaClasses classes) {
        slices().matching("dev.lede.(*)..").should().beFreeOfCycles().check(classes);
    }
}
