package com.copydesk.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One pseudo-class per constant of an enum, named after it in lower case with hyphens
 * ({@code IN_REVIEW} → {@code :in-review}), for a node that shows one state at a time. A state
 * that changes often is shown this way rather than by style class: changing a node's style
 * classes has JavaFX look its styles up again, a pseudo-class only moves between those found.
 */
public final class StatePseudoClasses<E extends Enum<E>> {

    private final Map<E, PseudoClass> classes;

    public StatePseudoClasses(Class<E> states) {
        classes = new EnumMap<>(states);
        for (E state : states.getEnumConstants()) {
            classes.put(state, PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }

    /** Turns on {@code node}'s pseudo-class for {@code state} and the others off. */
    public void show(Node node, E state) {
        classes.forEach((each, pseudoClass) -> node.pseudoClassStateChanged(pseudoClass, each == state));
    }
}
