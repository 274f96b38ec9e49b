package com.copydesk.app;

import java.util.Arrays;

/** Size and place of the main window and its pane dividers, remembered between runs. */
record WindowState(double x, double y, double width, double height, boolean maximized, double[] dividers) {

    static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1360, 860, false, new double[] {0.22, 0.62});

    WindowState {
        if (!(width >= 400) || !(height >= 300) || width > 20000 || height > 20000) {
            width = DEFAULT.width;
            height = DEFAULT.height;
        }
        dividers = validDividers(dividers) ? dividers.clone() : DEFAULT.dividers.clone();
    }

    /**
     * This state made to fit a screen of the given size: a window remembered from a larger monitor,
     * or the default on a small laptop, is shrunk to the screen and loses a position off screen.
     */
    WindowState fitInto(double minX, double minY, double screenWidth, double screenHeight) {
        double w = Math.min(width, screenWidth);
        double h = Math.min(height, screenHeight);
        boolean onScreen = hasPosition() && x >= minX && y >= minY
                && x + w <= minX + screenWidth && y + h <= minY + screenHeight;
        return new WindowState(onScreen ? x : Double.NaN, onScreen ? y : Double.NaN, w, h, maximized, dividers);
    }

    boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    @Override
    public double[] dividers() {
        return dividers.clone();
    }

    private static boolean validDividers(double[] values) {
        if (values == null || values.length != 2) {
            return false;
        }
        return Arrays.stream(values).allMatch(v -> v > 0.02 && v < 0.98) && values[0] < values[1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WindowState that && Double.compare(x, that.x) == 0 && Double.compare(y, that.y) == 0
                && width == that.width && height == that.height && maximized == that.maximized && Arrays.equals(dividers, that.dividers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {x, y, width, height, maximized ? 1 : 0}) * 31 + Arrays.hashCode(dividers);
    }

    @Override
    public String toString() {
        return "WindowState[" + x + "," + y + " " + width + "x" + height + (maximized ? " maximized" : "")
                + " dividers=" + Arrays.toString(dividers) + "]";
    }
}
