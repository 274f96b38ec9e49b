package com.copydesk.app;

import com.copydesk.article.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UserProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void thereIsNoProfileOnTheFirstRun() {
        assertThat(new UserProfileStore(dir.resolve("config")).load()).isEmpty();
    }

    @Test
    void aSavedProfileIsReadBackIncludingNonAsciiNames() {
        UserProfile editor = new UserProfile("Zoë Ångström", "ZÅ", UserProfile.Role.EDITOR);
        new UserProfileStore(dir.resolve("config")).save(editor);
        assertThat(new UserProfileStore(dir.resolve("config")).load()).contains(editor);
    }

    @Test
    void aDamagedProfileFileIsIgnoredSoTheProfileIsAskedForAgain() throws Exception {
        Files.writeString(dir.resolve("profile.properties"), "name=\nrole=BOSS\n");
        assertThat(new UserProfileStore(dir).load()).isEmpty();
    }
}
