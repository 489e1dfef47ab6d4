package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.FileType;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Test support: a real file of every allowed type. Office documents, PDF, RTF, WebP and HEIF are
 * the committed samples of {@code src/test/resources/samples} (made with LibreOffice, Apache POI,
 * cwebp and heif-enc: see the README there); text files and PNG, JPEG, BMP and TIFF images are made
 * here with the JDK.
 */
public final class SampleFiles {
    private SampleFiles() {}

    /** A real, small file of {@code type}. */
    public static byte[] of(FileType type) {
        return switch (type) {
            case TXT -> text("Statement of account\n", 20_000);
            case CSV -> text("2026-03-14,Invoice 2026-0042 M\u00fcller GmbH,-1250.50\u20ac\n", 20_000);
            case PNG -> image("png");
            case JPG, JPEG -> image("jpg");
            case BMP -> image("bmp");
            case TIFF, TIF -> image("tiff");
            case HEIC, HEIF -> resource("sample.heic");
            default -> resource("sample." + type.extension());
        };
    }

    /** UTF-8 text of {@code line} repeated to at least {@code length} bytes, with multi-byte characters. */
    public static byte[] text(String line, int length) {
        StringBuilder b = new StringBuilder("Date,Description,Amount \u2014 \u00e9t\u00e9 \u5e74\n");
        while (b.length() < length) {
            b.append(line);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x20, 0x60, 0xA0));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.drawString("PASSPORT  P<UTOERIKSSON<<ANNA<MARIA", 10, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("the JDK writes no " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
