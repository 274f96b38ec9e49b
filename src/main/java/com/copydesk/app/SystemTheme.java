package com.copydesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Best-effort guess whether the desktop is set to a dark theme: GNOME's color-scheme or GTK theme
 * name on Linux, AppleInterfaceStyle on macOS, AppsUseLightTheme on Windows. Runs a small command,
 * so call it off the JavaFX thread; gives up after {@link #TIMEOUT_MILLIS} and then says nothing.
 */
final class SystemTheme {

    static final long TIMEOUT_MILLIS = 1500;
    private static final System.Logger LOG = System.getLogger(SystemTheme.class.getName());

    /** Runs a command and returns its standard output, or empty when it fails or takes too long. */
    interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final CommandRunner commands;

    SystemTheme(String osName, Map<String, String> env, CommandRunner commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    static SystemTheme ofThisComputer() {
        return new SystemTheme(System.getProperty("os.name", ""), System.getenv(), SystemTheme::runWithTimeout);
    }

    /** Asks on a thread of its own; {@code onAnswer} gets the answer on the JavaFX thread, if there is one. */
    void detectLater(java.util.function.Consumer<Boolean> onAnswer) {
        Thread asking = new Thread(() -> prefersDark()
                .ifPresent(dark -> javafx.application.Platform.runLater(() -> onAnswer.accept(dark))), "copydesk-system-theme");
        asking.setDaemon(true);
        asking.start();
    }

    /** True for dark, false for light, empty when the desktop does not say. */
    Optional<Boolean> prefersDark() {
        if (osName.contains("win")) {
            return commands.run(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"))
                    .flatMap(SystemTheme::fromWindowsRegistry);
        }
        if (osName.contains("mac")) {
            // The key exists only in dark mode; the command fails (and says nothing) in light mode.
            return Optional.of(commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(answer -> answer.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        Optional<Boolean> fromEnv = Optional.ofNullable(env.get("GTK_THEME")).flatMap(SystemTheme::fromGtkThemeName);
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        Optional<Boolean> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(SystemTheme::fromColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .flatMap(SystemTheme::fromGtkThemeName);
    }

    /** gsettings answers e.g. {@code 'prefer-dark'}; {@code 'default'} says nothing about darkness. */
    static Optional<Boolean> fromColorScheme(String answer) {
        String value = unquote(answer);
        if (value.equals("prefer-dark")) {
            return Optional.of(true);
        }
        if (value.equals("prefer-light")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** GTK theme names such as {@code Adwaita-dark} or {@code Adwaita:dark}; any other name is light. */
    static Optional<Boolean> fromGtkThemeName(String answer) {
        String value = unquote(answer);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** {@code reg query} prints a line ending in {@code REG_DWORD 0x0} when apps use the dark theme. */
    static Optional<Boolean> fromWindowsRegistry(String answer) {
        for (String line : answer.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("AppsUseLightTheme")) {
                return Optional.of(trimmed.endsWith("0x0"));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String answer) {
        String value = answer.strip();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.strip();
    }

    private static Optional<String> runWithTimeout(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.log(System.Logger.Level.DEBUG, "No answer from " + command + " in time");
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(4096), StandardCharsets.UTF_8));
            }
        } catch (IOException notThere) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
