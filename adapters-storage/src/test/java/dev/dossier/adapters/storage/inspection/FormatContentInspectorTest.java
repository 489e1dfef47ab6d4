package dev.dossier.adapters.storage.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.adapters.storage.inspection.CraftedFiles.Crafted;
import dev.dossier.application.port.out.ContentStoreException;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.ContentProblem;
import dev.dossier.domain.document.FileType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormatContentInspectorTest {
    private final FormatContentInspector inspector = new FormatContentInspector();

    @TempDir
    static Path dir;

    /** Content that can only be streamed: random access is the port's default, over re-opened streams. */
    static StorableContent streamed(byte[] bytes) {
        return new StorableContent() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public String sha256() {
                return "unused";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** Content in a local file, read through a file channel (as the REST adapter's spool is). */
    static StorableContent inFile(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "content", ".bin");
        Files.write(file, bytes);
        return new StorableContent() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public String sha256() {
                return "unused";
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public SeekableByteChannel openChannel() throws IOException {
                return FileChannel.open(file, StandardOpenOption.READ);
            }
        };
    }

    private Optional<ContentProblem> inspect(String fileName, byte[] bytes) throws IOException {
        FileType type = FileType.fromExtension(fileName.substring(fileName.lastIndexOf('.') + 1))
                .orElseThrow();
        // each file passes the first-bytes check, so what refuses it is the inspection
        assertThat(type.matchesContent(Arrays.copyOf(bytes, Math.min(bytes.length, FileType.SNIFF_LENGTH))))
                .as("first bytes of " + fileName)
                .isTrue();
        Optional<ContentProblem> streamed = inspector.inspect(type, streamed(bytes));
        assertThat(inspector.inspect(type, inFile(bytes)))
                .as("through a file channel")
                .isEqualTo(streamed);
        return streamed;
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    void givenRealSampleOfEveryType_whenInspected_thenAccepted(FileType type) throws IOException {
        assertThat(inspect("sample." + type.extension(), SampleFiles.of(type))).isEmpty();
    }

    static List<Crafted> crafted() {
        return CraftedFiles.all();
    }

    @ParameterizedTest
    @MethodSource("crafted")
    void givenFileBreakingOneRule_whenInspected_thenRefusedWithThatRulesProblem(Crafted file) throws IOException {
        assertThat(inspect(file.fileName(), file.bytes())).contains(file.problem());
    }

    @Test
    void givenCraftedFiles_thenSmall() {
        assertThat(CraftedFiles.all())
                .allSatisfy(f -> assertThat(f.bytes().length).isLessThan(2 * 1024 * 1024));
    }

    static Stream<Arguments> officeFilesUnderAnotherOfficeExtension() {
        return Stream.of(
                Arguments.of(FileType.XLSM, "book.xlsx"),
                Arguments.of(FileType.XLSX, "book.xlsm"),
                Arguments.of(FileType.DOCX, "deck.pptx"),
                Arguments.of(FileType.PPTX, "letter.docx"),
                Arguments.of(FileType.ODS, "minutes.odt"),
                Arguments.of(FileType.ODT, "deck.odp"),
                Arguments.of(FileType.DOCX, "letter.odt"),
                Arguments.of(FileType.ODT, "letter.docx"),
                Arguments.of(FileType.XLS, "letter.doc"),
                Arguments.of(FileType.PPT, "book.xls"),
                Arguments.of(FileType.DOC, "deck.ppt"));
    }

    @ParameterizedTest
    @MethodSource("officeFilesUnderAnotherOfficeExtension")
    void givenRealOfficeFileNamedAsAnotherFormat_whenInspected_thenNotOfType(FileType real, String name)
            throws IOException {
        assertThat(inspect(name, SampleFiles.of(real))).contains(ContentProblem.NOT_OF_TYPE);
    }

    private static String contentTypes(String overrides) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" + overrides
                + "</Types>";
    }

    private static String override(String part, String contentType) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>";
    }

    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    @Test
    void givenMainPartDeclaredButMissing_whenInspected_thenNotOfType() throws IOException {
        byte[] zip = new RawZip()
                .deflated("[Content_Types].xml", contentTypes(override("/word/document.xml", DOCX_MAIN)))
                .toBytes();
        assertThat(inspect("a.docx", zip)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenMainPartsOfTwoFormats_whenInspected_thenNotOfType() throws IOException {
        byte[] zip = new RawZip()
                .deflated(
                        "[Content_Types].xml",
                        contentTypes(
                                override("/word/document.xml", DOCX_MAIN) + override("/xl/workbook.xml", XLSX_MAIN)))
                .deflated("word/document.xml", "<w:document/>")
                .deflated("xl/workbook.xml", "<workbook/>")
                .toBytes();
        assertThat(inspect("a.docx", zip)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenMinimalPackageWithItsMainPart_whenInspected_thenAccepted_partNamesCaseInsensitive() throws IOException {
        byte[] zip = new RawZip()
                .deflated("[Content_Types].xml", contentTypes(override("/Word/Document.XML", DOCX_MAIN)))
                .stored("word/document.xml", "<w:document/>")
                .toBytes();
        assertThat(inspect("a.docx", zip)).isEmpty();
    }

    @Test
    void givenContentTypesWithADoctype_whenInspected_thenNotOfTypeAndNoEntityExpanded() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + contentTypes(override("/word/document.xml", DOCX_MAIN)).substring(38);
        byte[] zip = new RawZip()
                .deflated("[Content_Types].xml", xml)
                .deflated("word/document.xml", "<w:document/>")
                .toBytes();
        assertThat(inspect("a.docx", zip)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenOdfWhoseMimetypeIsCompressedOrNotFirst_whenInspected_thenNotOfType() throws IOException {
        String odt = "application/vnd.oasis.opendocument.text";
        byte[] compressed = new RawZip()
                .deflated("mimetype", odt)
                .deflated("content.xml", "<c/>")
                .toBytes();
        byte[] notFirst = new RawZip()
                .deflated("content.xml", "<c/>")
                .stored("mimetype", odt)
                .toBytes();
        byte[] right = new RawZip()
                .stored("mimetype", odt)
                .deflated("content.xml", "<c/>")
                .toBytes();
        assertThat(inspect("a.odt", compressed)).contains(ContentProblem.NOT_OF_TYPE);
        assertThat(inspect("a.odt", notFirst)).contains(ContentProblem.NOT_OF_TYPE);
        assertThat(inspect("a.odt", right)).isEmpty();
    }

    @Test
    void givenExactlyTheLimits_whenInspected_thenAccepted() throws IOException {
        RawZip tenThousand = new RawZip();
        for (int i = 0; i < 9_998; i++) {
            tenThousand.stored("e/" + i, new byte[0]);
        }
        assertThat(inspect("a.docx", CraftedFiles.docxWith(tenThousand))).isEmpty();

        // exactly 100:1 and exactly 100 MiB in all: within the limits (and then refused only for not being a package)
        byte[] atTheLimits = new RawZip()
                .raw("a.bin", 8, new byte[10_000], 1_000_000, 0)
                .stored("b.bin", new byte[1_000])
                .raw("c.bin", 8, new byte[1_100_000], 100L * 1024 * 1024 - 1_001_000, 0)
                .toBytes();
        assertThat(inspect("a.docx", atTheLimits)).contains(ContentProblem.NOT_OF_TYPE);
        byte[] oneByteMore = new RawZip()
                .raw("a.bin", 8, new byte[10_000], 1_000_000, 0)
                .stored("b.bin", new byte[1_001])
                .raw("c.bin", 8, new byte[1_100_000], 100L * 1024 * 1024 - 1_001_000, 0)
                .toBytes();
        assertThat(inspect("a.docx", oneByteMore)).contains(ContentProblem.TOO_LARGE_UNPACKED);
    }

    @Test
    void givenDirectoryUnderstatingItsEntryCount_whenInspected_thenRefusedAtTheTenThousandAndFirst()
            throws IOException {
        byte[] zip = CraftedFiles.tooManyEntries();
        // the end record says 5 entries (and the directory still lists 10,001)
        int end = zip.length - 22;
        zip[end + 8] = 5;
        zip[end + 9] = 0;
        zip[end + 10] = 5;
        zip[end + 11] = 0;
        assertThat(inspect("a.docx", zip)).contains(ContentProblem.TOO_MANY_ENTRIES);
    }

    @Test
    void givenEntryThatUnpacksPastWhatTheDirectorySays_whenRead_thenNotOfType() throws IOException {
        byte[] zip = CraftedFiles.docxWith(new RawZip());
        // [Content_Types].xml is the first entry: make its central header claim one byte fewer
        byte[] lying = zip.clone();
        int central = indexOf(lying, new byte[] {0x50, 0x4B, 0x01, 0x02});
        lying[central + 24]--;
        assertThat(inspect("a.docx", lying)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenTruncatedArchive_whenInspected_thenNotOfType() throws IOException {
        byte[] docx = SampleFiles.of(FileType.DOCX);
        assertThat(inspect("a.docx", Arrays.copyOf(docx, docx.length / 2))).contains(ContentProblem.NOT_OF_TYPE);
        assertThat(inspect("a.docx", Arrays.copyOf(docx, docx.length - 1))).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenTruncatedCompoundFile_whenInspected_thenNotOfType() throws IOException {
        byte[] doc = SampleFiles.of(FileType.DOC);
        assertThat(inspect("a.doc", Arrays.copyOf(doc, 1024))).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenImagesOfExactly100Megapixels_whenInspected_thenAccepted() throws IOException {
        assertThat(inspect("a.png", CraftedFiles.png(10_000, 10_000))).isEmpty();
        assertThat(inspect("a.jpeg", CraftedFiles.jpeg(10_000, 10_000))).isEmpty();
        assertThat(inspect("a.tiff", CraftedFiles.tiff(10_000, 10_000))).isEmpty();
        assertThat(inspect("a.webp", CraftedFiles.webp(10_000, 10_000))).isEmpty();
        assertThat(inspect("a.bmp", CraftedFiles.bmp(10_000, 10_000))).isEmpty();
        assertThat(inspect("a.heif", CraftedFiles.heif(10_000, 10_000))).isEmpty();
    }

    @Test
    void givenImageHeadersWithoutASize_whenInspected_thenNotOfType() throws IOException {
        assertThat(inspect("a.png", CraftedFiles.png(0, 10))).contains(ContentProblem.NOT_OF_TYPE);
        // height 0: left to a DNL marker, so no size to check
        assertThat(inspect("a.jpg", CraftedFiles.jpeg(100, 0))).contains(ContentProblem.NOT_OF_TYPE);
        byte[] jpegCut = Arrays.copyOf(CraftedFiles.jpeg(100, 100), 22);
        assertThat(inspect("a.jpg", jpegCut)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenSecondTiffPageOver100Megapixels_whenInspected_thenRefused() throws IOException {
        byte[] one = CraftedFiles.tiff(100, 100);
        byte[] two = Arrays.copyOf(one, one.length + 30);
        // the first directory's next-directory offset points at a second directory appended after it
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(two).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(one.length - 4, one.length);
        b.position(one.length);
        b.putShort((short) 2);
        b.putShort((short) 256).putShort((short) 4).putInt(1).putInt(50_000);
        b.putShort((short) 257)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 5_000)
                .putShort((short) 0);
        b.putInt(0);
        assertThat(inspect("a.tif", two)).contains(ContentProblem.TOO_MANY_PIXELS);
        // and a chain that loops back on itself is refused, not followed forever
        b.putInt(one.length + 2 + 8, 100);
        assertThat(inspect("a.tif", two)).isEmpty();
        b.putInt(two.length - 4, 8);
        assertThat(inspect("a.tif", two)).contains(ContentProblem.NOT_OF_TYPE);
    }

    @Test
    void givenPlainTextOrCsvOfEveryKind_whenInspected_thenOnlyUtf8WithoutNulAccepted() throws IOException {
        assertThat(inspect("a.txt", "plain ascii\n".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        // refused by the first bytes already, and by the inspection as well
        assertThat(inspector.inspect(
                        FileType.CSV, streamed("\u00e9t\u00e9;\u20ac\n".getBytes(StandardCharsets.ISO_8859_1))))
                .contains(ContentProblem.NOT_UTF8_TEXT);
    }

    @Test
    void givenPdfOrRtf_whenInspected_thenNothingMoreIsRead() {
        StorableContent unreadable = new StorableContent() {
            @Override
            public long size() {
                return 10_000;
            }

            @Override
            public String sha256() {
                return "unused";
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("not to be read");
            }
        };
        assertThat(inspector.inspect(FileType.PDF, unreadable)).isEmpty();
        assertThat(inspector.inspect(FileType.RTF, unreadable)).isEmpty();
        assertThatThrownBy(() -> inspector.inspect(FileType.DOCX, unreadable))
                .isInstanceOf(ContentStoreException.class);
        assertThatThrownBy(() -> inspector.inspect(FileType.TXT, unreadable)).isInstanceOf(ContentStoreException.class);
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
