package com.copydesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date picker's typed text, taken without ever throwing. A picker's own converter throws on text
 * that is not a date (e.g. "31/31/2026"), from a focus listener or the Enter key: the failure went
 * to the uncaught-exception handler, a crash report. Here such text is not taken: the picker keeps
 * its date and the text stays for correcting, and {@link #rejectedProperty()} names it so the view
 * can say what is wrong. Empty text means no date.
 */
public final class DateEntry {

    /** Shown in the expected format: with day 31 and month 12, which is which cannot be mistaken. */
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 12, 31);

    private final DatePicker picker;
    private final StringConverter<LocalDate> format;
    private final ReadOnlyStringWrapper rejected = new ReadOnlyStringWrapper(this, "rejected", "");

    private DateEntry(DatePicker picker) {
        this.picker = picker;
        this.format = picker.getConverter();
        picker.setConverter(new Forgiving());
        picker.valueProperty().addListener((obs, old, date) -> rejected.set(""));
        picker.addEventFilter(KeyEvent.KEY_RELEASED, this::keepRejectedTextOnEnter);
        picker.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                discardRejected();
            }
        });
    }

    /** Makes {@code picker} take typed text as described above, in the format it had (the locale's short one). */
    public static DateEntry on(DatePicker picker) {
        return new DateEntry(Objects.requireNonNull(picker, "picker"));
    }

    /** The text last typed that is not a date, stripped; empty when the text shown is the picker's date. */
    public ReadOnlyStringProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    /** A date as the picker expects it typed, e.g. "12/31/2026". */
    public String example() {
        return format.toString(EXAMPLE);
    }

    /**
     * While typed text is rejected, a sentence saying so, e.g. "Publish date: “31/31/2026” is not a
     * date. Type it like 12/31/2026, or leave it empty for no date. Not saved."; empty otherwise.
     *
     * @param field      the field's name, e.g. "Publish date"
     * @param emptyMeans what an empty field stands for, e.g. "for no date"
     * @param notTaken   what became of the text, e.g. "Not saved."
     */
    public StringBinding problem(String field, String emptyMeans, String notTaken) {
        return Bindings.createStringBinding(() -> rejected.get().isEmpty() ? "" : field + ": “" + rejected.get()
                + "” is not a date. Type it like " + example() + ", or leave it empty " + emptyMeans + ". " + notTaken,
                rejected);
    }

    /** Shows the picker's date again in place of rejected text, e.g. when the field is loaded with another record. */
    public void discardRejected() {
        if (!rejected.get().isEmpty()) {
            rejected.set("");
            LocalDate date = picker.getValue();
            picker.getEditor().setText(date == null ? "" : format.toString(date));
        }
    }

    /**
     * On Enter the picker's skin sets the field's text back to the picker's date, which would show
     * the date the text did not replace: with text that is not a date the key is used up here.
     */
    private void keepRejectedTextOnEnter(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            picker.commitValue();
            if (!rejected.get().isEmpty()) {
                event.consume();
            }
        }
    }

    private final class Forgiving extends StringConverter<LocalDate> {

        @Override
        public String toString(LocalDate date) {
            return format.toString(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                rejected.set("");
                return null;
            }
            try {
                LocalDate date = format.fromString(text);
                rejected.set("");
                return date;
            } catch (DateTimeException notADate) {
                rejected.set(text.strip());
                return picker.getValue();
            }
        }
    }
}
