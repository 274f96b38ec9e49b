package com.copydesk.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AboutTest {

    @Test
    void namesTheVersionAndTheLicenceOfEveryBundledLibrary() {
        assertThat(About.text())
                .contains("Copydesk " + Version.current())
                .contains("Apache License 2.0")
                .contains("OpenJFX").contains("RichTextFX").contains("ControlsFX").contains("SQLite JDBC")
                .contains("Jackson").contains("jsoup").contains("picocli")
                .contains("Java " + System.getProperty("java.version"));
    }
}
