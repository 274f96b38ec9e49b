package com.copydesk.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppPathsTest {

    private final Path home = Path.of("/home/ana");

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        AppPaths paths = AppPaths.forPlatform("Linux", home, Map.of());
        assertThat(paths.defaultDatabase()).isEqualTo(Path.of("/home/ana/.local/share/copydesk/articles.copydesk"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/home/ana/.config/copydesk"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/home/ana/.local/state/copydesk/logs"));
    }

    @Test
    void linuxHonoursXdgVariablesButIgnoresRelativeOnes() {
        AppPaths paths = AppPaths.forPlatform("Linux", home, Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "rel"));
        assertThat(paths.dataDir()).isEqualTo(Path.of("/data/copydesk"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/home/ana/.config/copydesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        AppPaths paths = AppPaths.forPlatform("Mac OS X", home, Map.of());
        assertThat(paths.dataDir()).isEqualTo(Path.of("/home/ana/Library/Application Support/Copydesk"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/home/ana/Library/Logs/Copydesk"));
    }

    @Test
    void windowsUsesLocalAndRoamingAppData() {
        AppPaths paths = AppPaths.forPlatform("Windows 11", home,
                Map.of("LOCALAPPDATA", "/c/local", "APPDATA", "/c/roaming"));
        assertThat(paths.dataDir()).isEqualTo(Path.of("/c/local/Copydesk"));
        assertThat(paths.configDir()).isEqualTo(Path.of("/c/roaming/Copydesk"));
    }
}
