package com.copydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One numbered schema change, stored as a classpath resource next to this class. */
record Migration(int version, String resource) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    static Migration named(String resource) {
        Matcher matcher = NAME.matcher(resource);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration name must look like V1__initial.sql: " + resource);
        }
        return new Migration(Integer.parseInt(matcher.group(1)), resource);
    }

    List<String> statements() {
        String path = "migrations/" + resource;
        try (InputStream in = Migration.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration " + path + " is missing from the application");
            }
            return SqlScript.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + path, e);
        }
    }
}
