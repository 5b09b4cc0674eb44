package dev.lede.index.solr;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/** Test collections as an older Lede would have left them: a configset named for another schema version. */
public final class OlderCollections {

    private OlderCollections() {}

    /** Creates the connection's collection (1 shard, 1 replica) on a configset recording {@code version}. */
    public static void create(SolrConnection solr, String version) throws Exception {
        create(solr, version, SolrConfigSet.zip());
    }

    /**
     * Creates the connection's collection (1 shard, 1 replica) on this schema version's configset as it was before
     * its spellcheck dictionary of the words as written.
     */
    public static void createBeforeWrittenWordsDictionary(SolrConnection solr) throws Exception {
        Map<String, String> files = new LinkedHashMap<>(SolrConfigSet.files());
        String config = files.get("solrconfig.xml");
        String withoutWritten = WRITTEN_WORDS_DICTIONARY.matcher(config).replaceAll("");
        assertNotEquals(config, withoutWritten, "the configset has a dictionary of the words as written");
        files.put("solrconfig.xml", withoutWritten);
        create(solr, SolrConfigSet.VERSION, zip(files));
    }

    private static final Pattern WRITTEN_WORDS_DICTIONARY =
            Pattern.compile("<lst name=\"spellchecker\">\\s*<str name=\"name\">written</str>.*?</lst>", Pattern.DOTALL);

    private static void create(SolrConnection solr, String version, byte[] configSetZip) throws Exception {
        String configSet = SolrConfigSet.name(solr.collection(), version);
        new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configSet)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(configSetZip, "old.zip", "application/zip"))
                .process(solr.client());
        CollectionAdminRequest.createCollection(solr.collection(), configSet, 1, 1)
                .process(solr.client());
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
