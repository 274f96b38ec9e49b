package com.copydesk.app;

/** View → Theme: follow the system's light or dark setting, or choose one. */
enum Theme {
    SYSTEM("Follow system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
