package com.copydesk.app;

import com.copydesk.article.UserProfile;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Keeps this computer's {@link UserProfile} in profile.properties in the user's config folder. */
final class UserProfileStore {

    private static final System.Logger LOG = System.getLogger(UserProfileStore.class.getName());

    private final Path file;

    UserProfileStore(Path configDir) {
        this.file = configDir.resolve("profile.properties");
    }

    /** The saved profile; empty on the first run, or when the file cannot be read (then it is asked for again). */
    Optional<UserProfile> load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new UserProfile(p.getProperty("name", ""), p.getProperty("initials", ""),
                    UserProfile.Role.valueOf(p.getProperty("role", "REPORTER").toUpperCase(Locale.ROOT))));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable profile in " + file, unreadable);
            return Optional.empty();
        }
    }

    /** Writes atomically: a crash leaves the old profile or the new one, never half of one. */
    void save(UserProfile profile) {
        Properties p = new Properties();
        p.setProperty("name", profile.name());
        p.setProperty("initials", profile.initials());
        p.setProperty("role", profile.role().name());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "profile", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Copydesk user profile");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not save your profile in " + file + ": " + failure.getMessage(), failure);
        }
    }

    /** Who this is when nobody has said yet: the account name, as a reporter. */
    static UserProfile fallback() {
        String account = System.getProperty("user.name", "").strip();
        return new UserProfile(account.isEmpty() ? "Reporter" : account, "", UserProfile.Role.REPORTER);
    }
}
