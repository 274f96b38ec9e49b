package com.copydesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ViewSettingsTest {

    @TempDir
    Path dir;

    private SettingsFile file() {
        return new SettingsFile(dir.resolve(ViewSettings.FILE_NAME), "test", Runnable::run);
    }

    @Test
    void followingTheSystemIsDarkExactlyWhenTheSystemIsDark() {
        ViewSettings view = new ViewSettings(file());
        assertThat(view.themeProperty().get()).isEqualTo(Theme.SYSTEM);
        assertThat(view.darkProperty().get()).isFalse();

        view.systemDarkProperty().set(true);
        assertThat(view.darkProperty().get()).isTrue();

        view.themeProperty().set(Theme.LIGHT);
        assertThat(view.darkProperty().get()).isFalse();
        view.themeProperty().set(Theme.DARK);
        view.systemDarkProperty().set(false);
        assertThat(view.darkProperty().get()).isTrue();
    }

    @Test
    void theTextSizeStaysWithinItsBoundsAndResetsToTheDefault() {
        ViewSettings view = new ViewSettings(file());
        for (int i = 0; i < 100; i++) {
            view.largerText();
        }
        assertThat(view.fontSizeProperty().get()).isEqualTo(ViewSettings.MAX_FONT_SIZE);
        assertThat(view.canEnlarge()).isFalse();
        for (int i = 0; i < 100; i++) {
            view.smallerText();
        }
        assertThat(view.fontSizeProperty().get()).isEqualTo(ViewSettings.MIN_FONT_SIZE);
        assertThat(view.canShrink()).isFalse();

        view.defaultTextSize();
        assertThat(view.fontSizeProperty().get()).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE);
    }

    @Test
    void themeAndTextSizeAreRemembered() {
        ViewSettings view = new ViewSettings(file());
        view.themeProperty().set(Theme.DARK);
        view.largerText();
        view.largerText();

        ViewSettings next = new ViewSettings(file());
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next.fontSizeProperty().get()).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE + 2);
    }

    /** A dark desktop's windows start dark, instead of showing light until the desktop has answered again. */
    @Test
    void theDesktopsLastAnswerIsWhereTheNextStartBegins() {
        ViewSettings view = new ViewSettings(file());
        view.systemDarkProperty().set(true);

        ViewSettings next = new ViewSettings(file());
        assertThat(next.systemDarkProperty().get()).isTrue();
        assertThat(next.darkProperty().get()).isTrue();

        next.systemDarkProperty().set(false);
        assertThat(new ViewSettings(file()).darkProperty().get()).isFalse();
    }

    @Test
    void aHandEditedSizeOutOfRangeOrUnknownThemeFallsBackSafely() throws Exception {
        Files.writeString(dir.resolve(ViewSettings.FILE_NAME), "theme=purple\neditor.fontSize=400\n");
        ViewSettings view = new ViewSettings(file());
        assertThat(view.themeProperty().get()).isEqualTo(Theme.SYSTEM);
        assertThat(view.fontSizeProperty().get()).isEqualTo(ViewSettings.MAX_FONT_SIZE);

        Files.writeString(dir.resolve(ViewSettings.FILE_NAME), "theme=light\neditor.fontSize=big\nsystem.dark=maybe\n");
        view = new ViewSettings(file());
        assertThat(view.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(view.systemDarkProperty().get()).isFalse();
        assertThat(view.fontSizeProperty().get()).isEqualTo(ViewSettings.DEFAULT_FONT_SIZE);
    }
}
