package com.copydesk.store;

import com.copydesk.page.Logo;
import com.copydesk.page.Publication;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The publication's masthead settings, kept in the settings table. */
public final class PublicationStore {

    static final String NAME = "publication.name";
    static final String EDITION = "publication.edition";
    static final String TAGLINE = "publication.tagline";
    static final String LOCALE = "publication.locale";
    static final String ACCENT = "publication.accent";
    static final String SECTIONS = "publication.sections";
    /** The logo as {@code <media type>;base64,<data>}; no row when the publication has no logo. */
    static final String LOGO = "publication.logo";

    private static final System.Logger LOG = System.getLogger(PublicationStore.class.getName());

    private final Database db;

    public PublicationStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The saved publication; any setting never saved (or unusable) takes its {@link Publication#DEFAULT} value. */
    public Publication load() {
        Map<String, String> values = db.query("read the publication settings", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?, ?, ?)")) {
                select.setString(1, NAME);
                select.setString(2, EDITION);
                select.setString(3, TAGLINE);
                select.setString(4, LOCALE);
                select.setString(5, ACCENT);
                select.setString(6, SECTIONS);
                select.setString(7, LOGO);
                Map<String, String> found = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getString(2));
                    }
                }
                return found;
            }
        });
        Publication defaults = Publication.DEFAULT;
        String name = values.getOrDefault(NAME, "");
        return new Publication(
                name.isBlank() ? defaults.name() : name,
                values.getOrDefault(EDITION, defaults.edition()),
                values.getOrDefault(TAGLINE, defaults.tagline()),
                localeOrDefault(values.get(LOCALE), defaults.locale()),
                accentOrDefault(values.get(ACCENT), defaults.accentColor()),
                sectionsOrDefault(values.get(SECTIONS), defaults.sections()),
                logoOrNone(values.get(LOGO)));
    }

    public void save(Publication publication) {
        Objects.requireNonNull(publication, "publication");
        db.transaction("save the publication settings", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                put(upsert, NAME, publication.name());
                put(upsert, EDITION, publication.edition());
                put(upsert, TAGLINE, publication.tagline());
                put(upsert, LOCALE, publication.locale().toLanguageTag());
                put(upsert, ACCENT, publication.accentColor());
                put(upsert, SECTIONS, String.join("\n", publication.sections()));
                if (publication.logo() != null) {
                    Logo logo = publication.logo();
                    put(upsert, LOGO, logo.mediaType() + ";base64," + logo.base64());
                }
                upsert.executeBatch();
            }
            if (publication.logo() == null) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                    delete.setString(1, LOGO);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void put(PreparedStatement upsert, String key, String value) throws SQLException {
        upsert.setString(1, key);
        upsert.setString(2, value);
        upsert.addBatch();
    }

    /** A logo that cannot be read back (edited by hand, damaged) is dropped rather than stopping the page. */
    private static Logo logoOrNone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int comma = value.indexOf(";base64,");
        try {
            if (comma < 0) {
                throw new IllegalArgumentException("it is not stored as <type>;base64,<data>");
            }
            return new Logo(value.substring(0, comma), Base64.getDecoder().decode(value.substring(comma + ";base64,".length())));
        } catch (IllegalArgumentException unusable) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring the stored publication logo: " + unusable.getMessage());
            return null;
        }
    }

    private static String accentOrDefault(String color, String fallback) {
        return Publication.isHexColor(color) ? color : fallback;
    }

    /** One section a line; a list the publication cannot take (too long) falls back whole. */
    private static List<String> sectionsOrDefault(String lines, List<String> fallback) {
        if (lines == null || lines.isBlank()) {
            return fallback;
        }
        List<String> sections = List.of(lines.split("\n"));
        return sections.stream().filter(s -> !s.isBlank()).count() <= Publication.MAX_SECTIONS ? sections : fallback;
    }

    private static Locale localeOrDefault(String tag, Locale fallback) {
        if (tag == null || tag.isBlank()) {
            return fallback;
        }
        return Locale.forLanguageTag(tag);
    }
}
