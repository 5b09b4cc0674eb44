package dev.lede.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Lede's version, as the build wrote it from the pom into {@code version.properties}. */
public final class LedeVersion {

    private static final String UNKNOWN = "unknown";
    private static final String VERSION = read();

    private LedeVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LedeVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
