package com.copydesk.page.ui;

/** The screen widths the preview can show the page at, as the site's readers see it. */
public enum PreviewWidth {
    /** As wide as the preview pane. */
    FIT("Fit", 0, "previewWidthFit"),
    DESKTOP("Desktop", 1100, "previewWidthDesktop"),
    TABLET("Tablet", 768, "previewWidthTablet"),
    PHONE("Phone", 375, "previewWidthPhone");

    private final String label;
    private final int pixels;
    private final String controlId;

    PreviewWidth(String label, int pixels, String controlId) {
        this.label = label;
        this.pixels = pixels;
        this.controlId = controlId;
    }

    public String label() {
        return label;
    }

    /** The page width in pixels; 0 for {@link #FIT}. */
    public int pixels() {
        return pixels;
    }

    public boolean fillsThePane() {
        return pixels == 0;
    }

    /** The id of the switch button that selects this width. */
    public String controlId() {
        return controlId;
    }
}
