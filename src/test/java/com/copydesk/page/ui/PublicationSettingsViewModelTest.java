package com.copydesk.page.ui;

import com.copydesk.article.Article;
import com.copydesk.article.ArticleStatus;
import com.copydesk.body.BodyDocument;
import com.copydesk.page.Logo;
import com.copydesk.page.PageRenderer;
import com.copydesk.page.Publication;
import com.copydesk.page.TestImages;
import com.copydesk.task.ManualScheduler;
import com.copydesk.task.SameThreadExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings dialog's state, without a stage: fields checked, saved in the background, the preview restyled. */
class PublicationSettingsViewModelTest {

    private static final Instant NOW = Instant.parse("2025-07-04T15:00:00Z");

    @TempDir
    Path dir;

    private final List<Publication> saved = new ArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();
    private final SimpleObjectProperty<Article> article = new SimpleObjectProperty<>(
            new Article(UUID.randomUUID(), "Bridge reopens", "", "", "", null, List.of("Local"), ArticleStatus.DRAFT,
                    BodyDocument.empty(), NOW, NOW));
    private PreviewViewModel preview;
    private PublicationSettingsViewModel settings;

    @BeforeEach
    void open() {
        preview = new PreviewViewModel(new PageRenderer(), article, new ManualScheduler());
        settings = new PublicationSettingsViewModel(new SameThreadExecutor(), saved::add, preview.publicationProperty());
        settings.edit();
    }

    @Test
    void fieldsStartFromThePublicationInUse() {
        assertThat(settings.nameProperty().get()).isEqualTo(Publication.DEFAULT.name());
        assertThat(settings.localeProperty().get()).isEqualTo("en-US");
        assertThat(settings.accentColorProperty().get()).isEqualTo(Publication.DEFAULT_ACCENT);
        assertThat(settings.sectionsProperty().get()).isEmpty();
    }

    @Test
    void savingStoresThePublicationAndRestylesThePreview() {
        settings.nameProperty().set("  The Ledger ");
        settings.editionProperty().set("Late");
        settings.localeProperty().set("de-DE");
        settings.accentColorProperty().set("#0A3D62");
        settings.sectionsProperty().set("World, Local,, Arts & Culture ");

        settings.save(closed::incrementAndGet);

        Publication expected = new Publication("The Ledger", "Late", Publication.DEFAULT.tagline(), Locale.GERMANY,
                "#0a3d62", List.of("World", "Local", "Arts & Culture"));
        assertThat(saved).containsExactly(expected);
        assertThat(preview.publicationProperty().get()).isEqualTo(expected);
        assertThat(closed).hasValue(1);
        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(preview.htmlProperty().get()).contains("The Ledger", "lang=\"de-DE\"", "--accent: #0a3d62;",
                "<li class=\"current\">Local</li>", "Arts &amp; Culture");
    }

    @Test
    void sectionsTypedTwiceInAnotherCaseAreKeptOnceAsFirstTyped() {
        settings.sectionsProperty().set("Politics, politics, Local, POLITICS");

        settings.save(closed::incrementAndGet);

        assertThat(saved).singleElement().extracting(Publication::sections).isEqualTo(List.of("Politics", "Local"));
        settings.edit();
        assertThat(settings.sectionsProperty().get()).isEqualTo("Politics, Local");
    }

    @Test
    void badFieldsAreNamedAndNothingIsSaved() {
        assertProblem(() -> settings.nameProperty().set("   "), "Name:");
        assertProblem(() -> settings.localeProperty().set("not a tag!"), "Language:");
        assertProblem(() -> settings.localeProperty().set(""), "Language:");
        assertProblem(() -> settings.accentColorProperty().set("red"), "Accent color: \"red\"");
        assertProblem(() -> settings.accentColorProperty().set("#12345g"), "Accent color:");
        assertProblem(() -> settings.accentColorProperty().set("#ffff00"), "too light to read");
        assertProblem(() -> settings.sectionsProperty().set("a,b,c,d,e,f,g,h,i,j,k,l,m"), "Sections: at most 12");
    }

    @Test
    void failedSaveSaysWhyAndKeepsThePublicationInUse() {
        PublicationSettingsViewModel failing = new PublicationSettingsViewModel(new SameThreadExecutor(), p -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }, preview.publicationProperty());
        failing.edit();
        failing.nameProperty().set("The Ledger");

        failing.save(closed::incrementAndGet);

        assertThat(failing.problemProperty().get()).startsWith("Could not save the publication settings:").contains("disk full");
        assertThat(preview.publicationProperty().get()).isEqualTo(Publication.DEFAULT);
        assertThat(closed).hasValue(0);
        assertThat(failing.savingProperty().get()).isFalse();
    }

    @Test
    void aChosenLogoIsSavedWithTheSettingsAndShownInThePreview() throws Exception {
        Path file = Files.write(dir.resolve("ledger.png"), TestImages.png(240, 60));

        settings.chooseLogo(file);

        assertThat(settings.problemProperty().get()).isEmpty();
        assertThat(settings.logoDescriptionProperty().get()).startsWith("PNG, 240 × 60 px");
        settings.save(closed::incrementAndGet);
        Logo logo = TestImages.pngLogo(240, 60);
        assertThat(saved).containsExactly(Publication.DEFAULT.withLogo(logo));
        assertThat(preview.htmlProperty().get())
                .contains("<img class=\"logo\" src=\"" + logo.dataUri() + "\" alt=\"The Copydesk Chronicle\"");
    }

    @Test
    void aFileThatClaimsToBePngButIsNotIsRefusedNamingIt() throws Exception {
        settings.chooseLogo(Files.write(dir.resolve("ledger.png"), TestImages.png(100, 25)));
        Path fake = Files.writeString(dir.resolve("fake.png"), "<script>alert(1)</script>");

        settings.chooseLogo(fake);

        assertThat(settings.problemProperty().get()).isEqualTo("Logo: fake.png is not a PNG or JPEG image.");
        assertThat(settings.logoProperty().get()).as("the earlier logo stays").isEqualTo(TestImages.pngLogo(100, 25));
        assertThat(saved).isEmpty();
    }

    @Test
    void removeLogoSavesThePublicationWithoutOne() {
        preview.publicationProperty().set(Publication.DEFAULT.withLogo(TestImages.pngLogo(50, 50)));
        settings.edit();
        assertThat(settings.logoProperty().get()).isNotNull();

        settings.removeLogo();
        settings.save(closed::incrementAndGet);

        assertThat(settings.logoDescriptionProperty().get()).isEqualTo(PublicationSettingsViewModel.NO_LOGO);
        assertThat(saved).containsExactly(Publication.DEFAULT);
        assertThat(preview.htmlProperty().get()).doesNotContain("<img");
    }

    @Test
    void cancellingForgetsAChosenLogo() throws Exception {
        settings.chooseLogo(Files.write(dir.resolve("ledger.jpg"), TestImages.image("jpg", 64, 64)));

        settings.edit();

        assertThat(settings.logoProperty().get()).isNull();
        assertThat(preview.publicationProperty().get().logo()).isNull();
    }

    private void assertProblem(Runnable change, String problem) {
        settings.edit();
        change.run();
        settings.save(closed::incrementAndGet);
        assertThat(settings.problemProperty().get()).contains(problem);
        assertThat(saved).isEmpty();
        assertThat(closed).hasValue(0);
        assertThat(preview.publicationProperty().get()).isEqualTo(Publication.DEFAULT);
    }
}
