package com.copydesk.page.ui;

import com.copydesk.page.Logo;
import com.copydesk.page.Publication;
import com.copydesk.task.BackgroundExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Publication settings dialog's fields as text, checked field by field and saved on the
 * background executor. Once saved, the publication becomes the preview's house style.
 */
public final class PublicationSettingsViewModel {

    /** Accent text below this contrast against the paper is hard to read (WCAG AA). */
    static final double MIN_CONTRAST = 4.5;

    static final String NO_LOGO = "No logo";

    private final BackgroundExecutor executor;
    private final Consumer<Publication> store;
    private final ObjectProperty<Publication> current;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty edition = new SimpleStringProperty(this, "edition", "");
    private final StringProperty tagline = new SimpleStringProperty(this, "tagline", "");
    private final StringProperty locale = new SimpleStringProperty(this, "locale", "");
    private final StringProperty accentColor = new SimpleStringProperty(this, "accentColor", "");
    private final StringProperty sections = new SimpleStringProperty(this, "sections", "");
    private final ReadOnlyObjectWrapper<Logo> logo = new ReadOnlyObjectWrapper<>(this, "logo");
    private final ReadOnlyStringWrapper logoDescription = new ReadOnlyStringWrapper(this, "logoDescription", NO_LOGO);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    /**
     * @param store   writes a publication to disk; called on the background executor
     * @param current the publication in use, replaced once a save succeeds
     */
    public PublicationSettingsViewModel(BackgroundExecutor executor, Consumer<Publication> store,
                                        ObjectProperty<Publication> current) {
        this.executor = Objects.requireNonNull(executor);
        this.store = Objects.requireNonNull(store);
        this.current = Objects.requireNonNull(current);
        logo.addListener((obs, old, now) -> logoDescription.set(now == null ? NO_LOGO : now.describe()));
    }

    /** Fills the fields from the publication in use and clears any earlier problem. */
    public void edit() {
        Publication publication = current.get();
        name.set(publication.name());
        edition.set(publication.edition());
        tagline.set(publication.tagline());
        locale.set(publication.locale().toLanguageTag());
        accentColor.set(publication.accentColor());
        sections.set(String.join(", ", publication.sections()));
        logo.set(publication.logo());
        problem.set("");
    }

    /**
     * Reads {@code file} on the background executor and, when it is a PNG or JPEG image of at
     * most 1 MB, makes it the logo (saved with the other fields). Otherwise
     * {@link #problemProperty()} names the file and says why, and the logo stays as it was.
     */
    public void chooseLogo(Path file) {
        Objects.requireNonNull(file, "file");
        problem.set("");
        executor.submit(() -> Logo.read(file), logo::set,
                failure -> problem.set("Logo: " + failure.getMessage()));
    }

    /** No logo in the masthead once saved. */
    public void removeLogo() {
        logo.set(null);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty editionProperty() { return edition; }
    public StringProperty taglineProperty() { return tagline; }
    /** A language tag such as {@code en-US}. */
    public StringProperty localeProperty() { return locale; }
    /** A color written {@code #rrggbb}. */
    public StringProperty accentColorProperty() { return accentColor; }
    /** Section names separated by commas; empty for no navigation line. */
    public StringProperty sectionsProperty() { return sections; }
    /** The chosen logo; null for none. */
    public ReadOnlyObjectProperty<Logo> logoProperty() { return logo.getReadOnlyProperty(); }
    /** "PNG, 240 × 60 px, 12 KB", or "No logo". */
    public ReadOnlyStringProperty logoDescriptionProperty() { return logoDescription.getReadOnlyProperty(); }
    /** Why the fields cannot be saved, naming the field; empty when they can. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /**
     * Checks the fields and saves them; {@code onSaved} runs (on the FX thread) once they are on
     * disk and in use. When a field is wrong or the save fails, {@link #problemProperty()} says why
     * and nothing changes.
     */
    public void save(Runnable onSaved) {
        Optional<Publication> checked = validated();
        if (checked.isEmpty() || saving.get()) {
            return;
        }
        Publication publication = checked.get();
        saving.set(true);
        executor.run(() -> store.accept(publication), () -> {
            saving.set(false);
            current.set(publication);
            onSaved.run();
        }, failure -> {
            saving.set(false);
            problem.set("Could not save the publication settings: " + failure.getMessage());
        });
    }

    /** The publication the fields describe, or empty with {@link #problemProperty()} set. */
    Optional<Publication> validated() {
        problem.set("");
        if (name.get().isBlank()) {
            return fail("Name: the publication needs a name.");
        }
        Optional<Locale> language = parseLocale(locale.get().strip());
        if (language.isEmpty()) {
            return fail("Language: \"" + locale.get().strip() + "\" is not a language tag such as en-US or de-DE.");
        }
        String color = accentColor.get().strip();
        if (!Publication.isHexColor(color)) {
            return fail("Accent color: \"" + color + "\" is not a color written like #9b1c1c.");
        }
        double contrast = Publication.contrastOnPaper(color);
        if (contrast < MIN_CONTRAST) {
            return fail(String.format(Locale.ROOT, "Accent color: %s is too light to read on the page "
                    + "(contrast %.1f:1, needs at least %.1f:1).", color, contrast, MIN_CONTRAST));
        }
        List<String> sectionNames = List.of(sections.get().split(","));
        try {
            return Optional.of(new Publication(name.get().strip(), edition.get().strip(), tagline.get().strip(),
                    language.get(), color, sectionNames, logo.get()));
        } catch (IllegalArgumentException invalid) {
            return fail("Sections: " + invalid.getMessage() + ".");
        }
    }

    private Optional<Publication> fail(String why) {
        problem.set(why);
        return Optional.empty();
    }

    private static Optional<Locale> parseLocale(String tag) {
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        try {
            Locale parsed = new Locale.Builder().setLanguageTag(tag).build();
            return parsed.getLanguage().isEmpty() ? Optional.empty() : Optional.of(parsed);
        } catch (IllformedLocaleException invalid) {
            return Optional.empty();
        }
    }
}
