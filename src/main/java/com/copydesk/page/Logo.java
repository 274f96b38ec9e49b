package com.copydesk.page;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;

/**
 * The publication's logo: a PNG or JPEG image printed in the masthead as a {@code data:} URI,
 * so the page stays self-contained. SVG is refused: it can carry scripts and remote references
 * that a page which promises "no script, no remote URL" could not check.
 *
 * <p>A class rather than a record because it holds bytes: it copies them in and out, compares
 * them by content, and keeps the Base64 form ready for every render.
 */
public final class Logo {

    /** Largest logo file taken: 1 MB. A masthead logo is rarely over 100 KB. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Largest width or height in pixels; larger images are photographs, not logos. */
    public static final int MAX_SIDE = 4096;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final String mediaType;
    private final byte[] bytes;
    private final String base64;
    private final String dataUri;
    private final int width;
    private final int height;

    /**
     * @throws IllegalArgumentException when the bytes are not a readable image of that type
     *                                  within {@link #MAX_BYTES} and {@link #MAX_SIDE}; the message
     *                                  says what is wrong
     */
    public Logo(String mediaType, byte[] bytes) {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
        if (!mediaType.equals(PNG) && !mediaType.equals(JPEG)) {
            throw new IllegalArgumentException("a logo is a PNG or JPEG image, not " + mediaType);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("it is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("it is " + megabytes(bytes.length) + "; a logo can be at most 1 MB");
        }
        if (!mediaType.equals(sniff(bytes))) {
            throw new IllegalArgumentException("it is not a " + formatName(mediaType) + " image");
        }
        this.mediaType = mediaType;
        this.bytes = bytes.clone();
        int[] size = readSize(this.bytes, mediaType);
        this.width = size[0];
        this.height = size[1];
        this.base64 = Base64.getEncoder().encodeToString(this.bytes);
        this.dataUri = "data:" + mediaType + ";base64," + base64;
    }

    /**
     * The logo in {@code bytes}, read from a file called {@code fileName}. The type comes from
     * the content, never from the name: a text file called logo.png is refused.
     *
     * @throws IllegalArgumentException with a sentence naming the file when it is no usable logo
     */
    public static Logo of(String fileName, byte[] bytes) {
        String type = sniff(bytes);
        if (bytes.length > 0 && bytes.length <= MAX_BYTES && type == null) {
            throw new IllegalArgumentException(fileName + " is not a PNG or JPEG image.");
        }
        try {
            return new Logo(type == null ? PNG : type, bytes);
        } catch (IllegalArgumentException unusable) {
            throw new IllegalArgumentException(fileName + " cannot be the logo: " + unusable.getMessage() + ".");
        }
    }

    /**
     * Reads a logo file, refusing one over {@link #MAX_BYTES} before reading it.
     *
     * @throws IllegalArgumentException when the file is no usable logo (message names the file)
     * @throws UncheckedIOException     when the file cannot be read (message names the file)
     */
    public static Logo read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(name + " cannot be the logo: it is " + megabytes(size)
                        + "; a logo can be at most 1 MB.");
            }
            return of(name, Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            throw new UncheckedIOException("Could not read " + name + ": the file does not exist.", missing);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read " + name + ": " + failure.getMessage(), failure);
        }
    }

    /** {@link #PNG} or {@link #JPEG}. */
    public String mediaType() {
        return mediaType;
    }

    /** A copy of the image file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The image as a {@code data:} URI, the form the page carries it in. */
    public String dataUri() {
        return dataUri;
    }

    /** The image as Base64 text, the form the database keeps it in. */
    public String base64() {
        return base64;
    }

    /** "PNG, 240 × 60 px, 12 KB", for the settings dialog. */
    public String describe() {
        return String.format(Locale.ROOT, "%s, %d × %d px, %s", formatName(mediaType), width, height,
                bytes.length < 1024 ? bytes.length + " bytes" : (bytes.length + 1023) / 1024 + " KB");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && logo.mediaType.equals(mediaType) && Arrays.equals(logo.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + describe() + "]";
    }

    /** The media type the content starts like, or null when it is neither PNG nor JPEG. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(bytes, JPEG_SIGNATURE)) {
            return JPEG;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * Width and height from the image's header, which also proves the header is sound. The
     * pixels are not decoded: a small file may claim a huge image, and the size check refuses it
     * before anything that large is made.
     */
    private static int[] readSize(byte[] bytes, String mediaType) {
        int[] size = headerSize(bytes, mediaType);
        if (size == null || size[0] < 1 || size[1] < 1) {
            throw new IllegalArgumentException("it is damaged: it starts like a " + formatName(mediaType)
                    + " image but cannot be read as one");
        }
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            throw new IllegalArgumentException("it is " + size[0] + " × " + size[1]
                    + " pixels; a logo can be at most " + MAX_SIDE + " pixels on a side");
        }
        return size;
    }

    /** Width and height as the header states them, or null when the header cannot be read. */
    private static int[] headerSize(byte[] bytes, String mediaType) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new int[]{reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException unreadable) {
            return null;
        } finally {
            reader.dispose();
        }
    }

    private static String formatName(String mediaType) {
        return mediaType.equals(JPEG) ? "JPEG" : "PNG";
    }

    /** "1,025 KB" just over the limit (where "1.0 MB" would read as within it), "200.0 MB" far over. */
    private static String megabytes(long size) {
        return size < 10L * 1024 * 1024
                ? String.format(Locale.ROOT, "%,d KB", (size + 1023) / 1024)
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
