package com.copydesk.app;

/** What Help → About says: the version, the runtime, and the licences of the bundled libraries. */
final class About {

    /** Library, licence: everything copydesk.jar and the installers carry. */
    private static final String[][] LIBRARIES = {
            {"OpenJFX (JavaFX) 21", "GPL 2.0 with the Classpath Exception"},
            {"RichTextFX, Flowless, ReactFX, UndoFX, WellBehavedFX", "BSD 2-Clause"},
            {"ControlsFX", "BSD 3-Clause"},
            {"SQLite JDBC (xerial)", "Apache 2.0; SQLite itself is in the public domain"},
            {"Jackson", "Apache 2.0"},
            {"jsoup", "MIT"},
            {"picocli", "Apache 2.0"},
            {"OpenJDK runtime (installers only)", "GPL 2.0 with the Classpath Exception"},
    };

    private About() {
    }

    static String text() {
        StringBuilder text = new StringBuilder()
                .append("Copydesk ").append(Version.current()).append(", a desktop newsroom editor.\n")
                .append("Licensed under the Apache License 2.0.\n\n")
                .append("Running on Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vendor")).append(") and JavaFX ")
                .append(System.getProperty("javafx.runtime.version", "21")).append(".\n\n")
                .append("Built with:\n");
        for (String[] library : LIBRARIES) {
            text.append("  • ").append(library[0]).append(" — ").append(library[1]).append('\n');
        }
        return text.toString();
    }
}
