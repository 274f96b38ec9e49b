package com.copydesk.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publication's logo: PNG or JPEG up to 1 MB, recognised by content and never by name. */
class LogoTest {

    @TempDir
    Path dir;

    @Test
    void pngAndJpegFilesAreTakenWithTheirSize() throws Exception {
        Logo png = Logo.read(Files.write(dir.resolve("mark.png"), TestImages.png(240, 60)));
        Logo jpeg = Logo.read(Files.write(dir.resolve("mark.jpeg"), TestImages.image("jpg", 120, 90)));

        assertThat(png.mediaType()).isEqualTo(Logo.PNG);
        assertThat(png.width()).isEqualTo(240);
        assertThat(png.height()).isEqualTo(60);
        assertThat(png.describe()).startsWith("PNG, 240 × 60 px, ");
        assertThat(jpeg.mediaType()).isEqualTo(Logo.JPEG);
        assertThat(jpeg.width()).isEqualTo(120);
        assertThat(jpeg.height()).isEqualTo(90);
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        byte[] jpeg = TestImages.image("jpg", 40, 40);
        Logo logo = Logo.read(Files.write(dir.resolve("misnamed.png"), jpeg));
        assertThat(logo.mediaType()).isEqualTo(Logo.JPEG);
        assertThat(logo.dataUri()).startsWith("data:image/jpeg;base64,");
    }

    @Test
    void aTextFileCalledPngIsRefusedNamingTheFile() throws Exception {
        Path fake = Files.writeString(dir.resolve("logo.png"), "<svg onload=alert(1)>not an image</svg>");
        assertThatThrownBy(() -> Logo.read(fake))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("logo.png is not a PNG or JPEG image.");
    }

    @Test
    void svgGifAndEmptyFilesAreRefused() throws Exception {
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path gif = Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 10, 10));
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);

        assertThatThrownBy(() -> Logo.read(svg)).hasMessageContaining("logo.svg is not a PNG or JPEG image");
        assertThatThrownBy(() -> Logo.read(gif)).hasMessageContaining("logo.gif is not a PNG or JPEG image");
        assertThatThrownBy(() -> Logo.read(empty)).hasMessage("empty.png cannot be the logo: it is empty.");
    }

    @Test
    void aFileThatOnlyStartsLikeAPngIsDamaged() throws Exception {
        byte[] real = TestImages.png(100, 20);
        Path truncated = Files.write(dir.resolve("cut.png"), Arrays.copyOf(real, 12));
        byte[] garbage = Arrays.copyOf(real, 200);
        Arrays.fill(garbage, 8, 200, (byte) 0x41);
        Path scrambled = Files.write(dir.resolve("scrambled.png"), garbage);

        assertThatThrownBy(() -> Logo.read(truncated)).hasMessageStartingWith("cut.png cannot be the logo: it is damaged");
        assertThatThrownBy(() -> Logo.read(scrambled)).hasMessageStartingWith("scrambled.png cannot be the logo: it is damaged");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("poster.png");
        Files.write(big, TestImages.png(10, 10));
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: cheap to make, too big to read whole
        }
        assertThatThrownBy(() -> Logo.read(big))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("poster.png cannot be the logo: it is 200.0 MB; a logo can be at most 1 MB.");
        byte[] justOver = Arrays.copyOf(TestImages.png(10, 10), Logo.MAX_BYTES + 1);
        assertThatThrownBy(() -> Logo.of("padded.png", justOver))
                .hasMessage("padded.png cannot be the logo: it is 1,025 KB; a logo can be at most 1 MB.");
    }

    @Test
    void aHeaderClaimingAHugeImageIsRefused() {
        byte[] png = TestImages.png(10, 10);
        // IHDR width at bytes 16-19; its CRC is not checked when only the header is read.
        byte[] huge = png.clone();
        huge[16] = 0;
        huge[17] = 0;
        huge[18] = (byte) 0x4e;
        huge[19] = 0x20; // 20,000 pixels wide
        assertThatThrownBy(() -> Logo.of("bomb.png", huge)).hasMessageContaining("bomb.png cannot be the logo");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Logo.read(dir.resolve("gone.png")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("Could not read gone.png: the file does not exist.");
    }

    @Test
    void logosAreEqualByContentAndKeepTheirBytesToThemselves() {
        byte[] bytes = TestImages.png(30, 30);
        Logo logo = new Logo(Logo.PNG, bytes);
        bytes[40] ^= 1;
        logo.bytes()[0] = 0;

        assertThat(logo).isEqualTo(new Logo(Logo.PNG, TestImages.png(30, 30))).hasSameHashCodeAs(TestImages.pngLogo(30, 30));
        assertThat(Base64.getDecoder().decode(logo.base64())).isEqualTo(TestImages.png(30, 30));
        assertThat(new String(logo.bytes(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void theDeclaredTypeMustMatchTheContent() {
        assertThatThrownBy(() -> new Logo(Logo.JPEG, TestImages.png(5, 5))).hasMessage("it is not a JPEG image");
        assertThatThrownBy(() -> new Logo("image/svg+xml", TestImages.png(5, 5))).hasMessageContaining("PNG or JPEG");
    }
}
