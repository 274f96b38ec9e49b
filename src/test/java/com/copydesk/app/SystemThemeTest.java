package com.copydesk.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class SystemThemeTest {

    private final List<List<String>> asked = new CopyOnWriteArrayList<>();

    private SystemTheme.CommandRunner answers(Map<String, String> byLastWord) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
        };
    }

    @Test
    void gnomesColorSchemeDecidesOnLinux() {
        SystemTheme dark = new SystemTheme("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-dark'\n")));
        SystemTheme light = new SystemTheme("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-light'\n")));

        assertThat(dark.prefersDark()).contains(true);
        assertThat(light.prefersDark()).contains(false);
    }

    @Test
    void withoutAColorSchemePreferenceTheGtkThemeNameDecides() {
        SystemTheme theme = new SystemTheme("Linux", Map.of(),
                answers(Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'")));

        assertThat(theme.prefersDark()).contains(true);
        assertThat(asked).hasSize(2);
    }

    @Test
    void theGtkThemeVariableWinsWithoutAskingAnyCommand() {
        SystemTheme theme = new SystemTheme("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answers(Map.of()));

        assertThat(theme.prefersDark()).contains(true);
        assertThat(asked).isEmpty();
    }

    @Test
    void noAnswerInTimeOrNoDesktopMeansUnknown() {
        SystemTheme theme = new SystemTheme("Linux", Map.of(), answers(Map.of()));

        assertThat(theme.prefersDark()).isEmpty();
    }

    @Test
    void windowsAndMacAnswersAreRead() {
        SystemTheme windowsDark = new SystemTheme("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme",
                "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n")));
        SystemTheme windowsLight = new SystemTheme("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x1\r\n")));
        SystemTheme macDark = new SystemTheme("Mac OS X", Map.of(), answers(Map.of("AppleInterfaceStyle", "Dark\n")));
        SystemTheme macLight = new SystemTheme("Mac OS X", Map.of(), answers(Map.of()));

        assertThat(windowsDark.prefersDark()).contains(true);
        assertThat(windowsLight.prefersDark()).contains(false);
        assertThat(macDark.prefersDark()).contains(true);
        assertThat(macLight.prefersDark()).contains(false);
    }
}
