package dev.dossier.adapters.storage.inspection;

import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test support: one file per content rule, each breaking only that rule, with the name it is
 * uploaded under and the problem it must be refused with. All are built here, small (the largest,
 * the archive that unpacks past 100 MiB, is about a megabyte: it only says so in its directory).
 */
public final class CraftedFiles {
    /** A file that breaks {@code rule}: uploaded as {@code fileName}, it must be refused with {@code problem}. */
    public record Crafted(String rule, String fileName, byte[] bytes, ContentProblem problem) {
        @Override
        public String toString() {
            return rule + " (" + fileName + ")";
        }
    }

    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private CraftedFiles() {}

    /** Every rule's file, in the order of the rules. */
    public static List<Crafted> all() {
        ContentProblem notOfType = ContentProblem.NOT_OF_TYPE;
        return List.of(
                new Crafted("a JAR named .docx", "statement.docx", jar(), notOfType),
                new Crafted("an XLSX named .docx", "statement.docx", SampleFiles.of(FileType.XLSX), notOfType),
                new Crafted("a plain ZIP named .docx", "statement.docx", plainZip(), notOfType),
                new Crafted(
                        "an ODT whose mimetype is a spreadsheet's", "minutes.odt", odtWithWrongMimetype(), notOfType),
                new Crafted("an OLE2 Word file named .xls", "ledger.xls", SampleFiles.of(FileType.DOC), notOfType),
                new Crafted(
                        "an entry compressed more than 100:1",
                        "statement.docx",
                        ratioBomb(),
                        ContentProblem.TOO_HIGHLY_COMPRESSED),
                new Crafted(
                        "more than 100 MiB unpacked",
                        "statement.docx",
                        unpacksPast100MiB(),
                        ContentProblem.TOO_LARGE_UNPACKED),
                new Crafted(
                        "more than 10,000 entries",
                        "statement.docx",
                        tooManyEntries(),
                        ContentProblem.TOO_MANY_ENTRIES),
                new Crafted("UTF-8 text with a NUL after 8 KiB", "notes.txt", textWithNulAfter8KiB(), notUtf8()),
                new Crafted("invalid UTF-8 after 8 KiB", "rows.csv", textWithInvalidUtf8After8KiB(), notUtf8()),
                new Crafted("a PNG of 200 megapixels", "scan.png", png(20_000, 10_000), tooManyPixels()),
                new Crafted("a JPEG of 200 megapixels", "scan.jpg", jpeg(20_000, 10_000), tooManyPixels()),
                new Crafted("a TIFF of 200 megapixels", "scan.tif", tiff(20_000, 10_000), tooManyPixels()),
                new Crafted("a WebP of 200 megapixels", "scan.webp", webp(20_000, 10_000), tooManyPixels()),
                new Crafted("a BMP of 200 megapixels", "scan.bmp", bmp(20_000, 10_000), tooManyPixels()),
                new Crafted("a HEIF of 200 megapixels", "scan.heic", heif(20_000, 10_000), tooManyPixels()));
    }

    private static ContentProblem notUtf8() {
        return ContentProblem.NOT_UTF8_TEXT;
    }

    private static ContentProblem tooManyPixels() {
        return ContentProblem.TOO_MANY_PIXELS;
    }

    /** A Java archive: a manifest and a class file, and no content types. */
    public static byte[] jar() {
        byte[] classFile = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61};
        return new RawZip()
                .deflated("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nMain-Class: Evil\r\n\r\n")
                .deflated("Evil.class", classFile)
                .toBytes();
    }

    public static byte[] plainZip() {
        return new RawZip()
                .deflated("notes.txt", "Quarterly notes\n")
                .deflated("data/rows.csv", "a,b\n1,2\n")
                .toBytes();
    }

    public static byte[] odtWithWrongMimetype() {
        return new RawZip()
                .stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
                .deflated("META-INF/manifest.xml", "<manifest:manifest/>")
                .deflated("content.xml", "<office:document-content/>")
                .toBytes();
    }

    /** A word-processing package, declared as such, with one entry of 2 MiB of zeros (about 1000:1). */
    public static byte[] ratioBomb() {
        return docxWith(new RawZip().deflated("word/media/image1.bin", new byte[2 * 1024 * 1024]));
    }

    /** 101 entries, each said to unpack to 1 MiB from 12,000 bytes (87:1): 101 MiB in all. */
    public static byte[] unpacksPast100MiB() {
        RawZip zip = new RawZip();
        byte[] junk = new byte[12_000];
        for (int i = 0; i < 101; i++) {
            zip.raw("word/media/part" + i + ".bin", 8, junk, 1024 * 1024, 0);
        }
        return docxWith(zip);
    }

    /** 10,001 empty entries. */
    public static byte[] tooManyEntries() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (int i = 0; i <= 10_000; i++) {
                ZipEntry e = new ZipEntry("e/" + Integer.toString(i, 36));
                e.setSize(0);
                e.setCompressedSize(0);
                e.setCrc(0);
                zip.putNextEntry(e);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What every word-processing package has, after {@code zip}'s own entries. */
    public static byte[] docxWith(RawZip zip) {
        return zip.deflated(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX_MAIN + "\"/>"
                                + "</Types>")
                .deflated("word/document.xml", "<w:document/>")
                .toBytes();
    }

    public static byte[] textWithNulAfter8KiB() {
        byte[] text = SampleFiles.text("a line of text\n", 9_000);
        byte[] out = Arrays.copyOf(text, text.length + 2);
        out[text.length] = 0;
        out[text.length + 1] = '\n';
        return out;
    }

    public static byte[] textWithInvalidUtf8After8KiB() {
        byte[] text = SampleFiles.text("1,2,3\n", 9_000);
        byte[] out = Arrays.copyOf(text, text.length + 3);
        // Latin-1 "é" as Windows spreadsheets export it: not UTF-8
        out[text.length] = (byte) 0xE9;
        out[text.length + 1] = ',';
        out[text.length + 2] = '\n';
        return out;
    }

    public static byte[] png(int width, int height) {
        ByteBuffer b = little(false, 8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = ByteBuffer.allocate(17)
                .put(ascii("IHDR"))
                .putInt(width)
                .putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0})
                .array();
        b.putInt(13).put(ihdr).putInt(crc(ihdr));
        b.putInt(0).put(ascii("IEND")).putInt(crc(ascii("IEND")));
        return b.array();
    }

    public static byte[] jpeg(int width, int height) {
        ByteBuffer b = little(false, 2 + 18 + 19 + 2);
        b.put(new byte[] {(byte) 0xFF, (byte) 0xD8});
        b.put(new byte[] {(byte) 0xFF, (byte) 0xE0}).putShort((short) 16).put(ascii("JFIF\0"));
        b.put(new byte[] {1, 1, 0, 0, 1, 0, 1, 0, 0});
        b.put(new byte[] {(byte) 0xFF, (byte) 0xC0}).putShort((short) 17).put((byte) 8);
        b.putShort((short) height).putShort((short) width).put((byte) 3);
        b.put(new byte[] {1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
        b.put(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return b.array();
    }

    public static byte[] tiff(int width, int height) {
        ByteBuffer b = little(true, 8 + 2 + 2 * 12 + 4);
        b.put(ascii("II")).putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 256).putShort((short) 4).putInt(1).putInt(width);
        b.putShort((short) 257).putShort((short) 4).putInt(1).putInt(height);
        b.putInt(0);
        return b.array();
    }

    /** An extended WebP (VP8X) whose canvas is {@code width} × {@code height}. */
    public static byte[] webp(int width, int height) {
        ByteBuffer b = little(true, 12 + 8 + 10);
        b.put(ascii("RIFF")).putInt(4 + 8 + 10).put(ascii("WEBP"));
        b.put(ascii("VP8X")).putInt(10).putInt(0);
        b.putShort((short) (width - 1)).put((byte) ((width - 1) >> 16));
        b.putShort((short) (height - 1)).put((byte) ((height - 1) >> 16));
        return b.array();
    }

    public static byte[] bmp(int width, int height) {
        ByteBuffer b = little(true, 14 + 40);
        b.put(ascii("BM")).putInt(54).putInt(0).putInt(54);
        b.putInt(40).putInt(width).putInt(-height).putShort((short) 1).putShort((short) 24);
        b.putInt(0).putInt(0).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return b.array();
    }

    /** An HEIF file's boxes as far as its image size: {@code ftyp}, then {@code meta/iprp/ipco/ispe}. */
    public static byte[] heif(int width, int height) {
        byte[] ispe = box(
                "ispe",
                ByteBuffer.allocate(12).putInt(0).putInt(width).putInt(height).array());
        byte[] ipco = box("ipco", ispe);
        byte[] iprp = box("iprp", ipco);
        byte[] hdlr = box("hdlr", concat(new byte[8], ascii("pict"), new byte[13]));
        byte[] meta = box("meta", concat(new byte[4], hdlr, iprp));
        byte[] ftyp = box("ftyp", concat(ascii("heic"), new byte[4], ascii("mif1heic")));
        return concat(ftyp, meta);
    }

    private static byte[] box(String type, byte[] content) {
        return ByteBuffer.allocate(8 + content.length)
                .putInt(8 + content.length)
                .put(ascii(type))
                .put(content)
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static ByteBuffer little(boolean little, int length) {
        return ByteBuffer.allocate(length).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    private static int crc(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b);
        return (int) crc.getValue();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
