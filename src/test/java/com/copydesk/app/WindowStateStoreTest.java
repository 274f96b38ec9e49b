package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WindowStateStoreTest {

    @TempDir
    Path config;

    @Test
    void remembersGeometryAndDividers() {
        WindowStateStore store = new WindowStateStore(config);
        WindowState state = new WindowState(40, 50, 1200, 800, false, new double[] {0.3, 0.7});
        store.save(state);
        assertThat(new WindowStateStore(config).load()).isEqualTo(state);
    }

    @Test
    void noFileGivesTheDefault() {
        assertThat(new WindowStateStore(config).load()).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void garbageOrNonsenseValuesFallBackToDefaults() throws Exception {
        Files.writeString(config.resolve("window.properties"), "width=banana\n");
        assertThat(new WindowStateStore(config).load()).isEqualTo(WindowState.DEFAULT);
        Files.writeString(config.resolve("window.properties"), "width=5\nheight=-3\ndivider.0=0.9\ndivider.1=0.1\n");
        WindowState loaded = new WindowStateStore(config).load();
        assertThat(loaded.width()).isEqualTo(WindowState.DEFAULT.width());
        assertThat(loaded.dividers()).containsExactly(WindowState.DEFAULT.dividers());
    }

    @Test
    void aWindowFromABiggerScreenShrinksToASmallLaptopAndForgetsAnOffScreenPlace() {
        WindowState remembered = new WindowState(2000, 100, 1800, 1100, false, new double[] {0.3, 0.7});
        WindowState fitted = remembered.fitInto(0, 0, 1280, 800);
        assertThat(fitted.width()).isEqualTo(1280);
        assertThat(fitted.height()).isEqualTo(800);
        assertThat(fitted.hasPosition()).isFalse();
        assertThat(fitted.dividers()).containsExactly(0.3, 0.7);

        WindowState small = new WindowState(10, 20, 900, 600, false, new double[] {0.3, 0.7});
        assertThat(small.fitInto(0, 0, 1280, 800)).isEqualTo(small);
    }
}
