package com.copydesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Where Copydesk keeps its database, its per-user settings and its logs on this platform. */
public record AppPaths(Path dataDir, Path configDir, Path logDir) {

    static final String DATABASE_FILE = "articles.copydesk";

    public AppPaths {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(logDir, "logDir");
    }

    public Path defaultDatabase() {
        return dataDir.resolve(DATABASE_FILE);
    }

    public static AppPaths fromEnvironment() {
        String home = System.getProperty("copydesk.home");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppPaths(root.resolve("data"), root.resolve("config"), root.resolve("logs"));
        }
        return forPlatform(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv());
    }

    static AppPaths forPlatform(String osName, Path userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path roaming = dir(env.get("APPDATA"), userHome.resolve("AppData").resolve("Roaming"));
            Path local = dir(env.get("LOCALAPPDATA"), userHome.resolve("AppData").resolve("Local"));
            return new AppPaths(local.resolve("Copydesk"), roaming.resolve("Copydesk"),
                    local.resolve("Copydesk").resolve("logs"));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library").resolve("Application Support").resolve("Copydesk");
            return new AppPaths(support, support, userHome.resolve("Library").resolve("Logs").resolve("Copydesk"));
        }
        Path data = dir(env.get("XDG_DATA_HOME"), userHome.resolve(".local").resolve("share"));
        Path config = dir(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config"));
        Path state = dir(env.get("XDG_STATE_HOME"), userHome.resolve(".local").resolve("state"));
        return new AppPaths(data.resolve("copydesk"), config.resolve("copydesk"), state.resolve("copydesk").resolve("logs"));
    }

    /** XDG says relative paths in these variables are invalid and must be ignored. */
    private static Path dir(String fromEnv, Path fallback) {
        if (fromEnv == null || fromEnv.isBlank() || !Path.of(fromEnv).isAbsolute()) {
            return fallback;
        }
        return Path.of(fromEnv);
    }
}
