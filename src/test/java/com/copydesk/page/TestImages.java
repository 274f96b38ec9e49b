package com.copydesk.page;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Real image files made on the spot, for logo tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG or JPEG ({@code format} "png" or "jpg") of the given size: a dark bar on white. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x9b1c1c));
        g.fillRect(width / 8, height / 4, width * 3 / 4, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    public static Logo pngLogo(int width, int height) {
        return new Logo(Logo.PNG, png(width, height));
    }

    /** A round emblem with a letter, drawn smooth: a logo that looks like one in screenshots. */
    public static Logo emblem(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x9b1c1c));
        g.fillOval(0, 0, size - 1, size - 1);
        g.setColor(Color.WHITE);
        g.setStroke(new java.awt.BasicStroke(Math.max(1, size / 40f)));
        g.drawOval(size / 12, size / 12, size - size / 6 - 1, size - size / 6 - 1);
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.BOLD, size * 3 / 5));
        java.awt.FontMetrics metrics = g.getFontMetrics();
        String letter = "C";
        g.drawString(letter, (size - metrics.stringWidth(letter)) / 2, (size - metrics.getHeight()) / 2 + metrics.getAscent());
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Logo(Logo.PNG, out.toByteArray());
    }
}
