package com.copydesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DateEntryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    private DatePicker picker;
    private DateEntry entry;

    @Start
    void start(Stage stage) {
        picker = new DatePicker(DATE);
        entry = DateEntry.on(picker);
        stage.setScene(new Scene(new VBox(picker), 300, 200));
        stage.show();
    }

    @Test
    void textThatIsNotADateIsNamedAndThePickerKeepsItsDate(FxRobot robot) {
        commit(robot, "  31/31/2026 ");

        assertThat(picker.getValue()).isEqualTo(DATE);
        assertThat(entry.rejectedProperty().get()).isEqualTo("31/31/2026");
        assertThat(entry.problem("Date", "for none", "Not saved.").get()).isEqualTo("Date: “31/31/2026” is not a date. "
                + "Type it like " + entry.example() + ", or leave it empty for none. Not saved.");
    }

    @Test
    void aDateIsTakenAndEmptyTextMeansNoDate(FxRobot robot) {
        commit(robot, "31/31/2026");
        commit(robot, picker.getConverter().toString(DATE.plusDays(1)));
        assertThat(picker.getValue()).isEqualTo(DATE.plusDays(1));
        assertThat(entry.rejectedProperty().get()).isEmpty();

        commit(robot, " ");
        assertThat(picker.getValue()).isNull();
    }

    @Test
    void aDateSetElsewhereOrOpeningTheCalendarShowsTheDateInsteadOfTheRejectedText(FxRobot robot) {
        commit(robot, "31/31/2026");
        robot.interact(() -> picker.setValue(DATE.minusDays(1)));
        assertThat(entry.rejectedProperty().get()).isEmpty();
        assertThat(picker.getEditor().getText()).isEqualTo(picker.getConverter().toString(DATE.minusDays(1)));

        commit(robot, "31/31/2026");
        robot.interact(picker::show);
        assertThat(entry.rejectedProperty().get()).isEmpty();
        assertThat(picker.getEditor().getText()).isEqualTo(picker.getConverter().toString(DATE.minusDays(1)));
        robot.interact(picker::hide);
    }

    /** As leaving the field does: the picker takes its text. */
    private void commit(FxRobot robot, String text) {
        robot.interact(() -> {
            picker.getEditor().setText(text);
            picker.commitValue();
        });
    }
}
