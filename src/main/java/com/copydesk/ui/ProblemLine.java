package com.copydesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.Objects;

/**
 * A sentence under a field saying what is wrong with what was typed in it, there only while there
 * is something to say, and never cut short where space is tight. It wraps to the width of the field
 * and asks for no width of its own: a long sentence does not widen the field's column. Its height is
 * worked out for that width also when asked for its own preferred width (as a grid does for a row
 * aligned on the baseline), which would be a word a line.
 */
public final class ProblemLine extends Label {

    private final Region field;

    /** A line with the id {@code id} under {@code field} showing {@code problem}, hidden while that is empty. */
    public ProblemLine(String id, Region field, ObservableStringValue problem) {
        this.field = Objects.requireNonNull(field, "field");
        setId(id);
        getStyleClass().add("problem");
        setWrapText(true);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        textProperty().bind(problem);
        visibleProperty().bind(textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(field.getWidth() > 0 ? field.getWidth() : width);
    }
}
