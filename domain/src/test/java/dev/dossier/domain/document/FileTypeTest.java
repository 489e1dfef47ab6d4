package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileTypeTest {

    // ---- minimal valid heads, one per signature -------------------------------------------

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static final byte[] PDF = ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
    static final byte[] OLE2 = concat(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), new byte[24]);
    static final byte[] ZIP =
            concat(bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), ascii("[Content_Types].xml"));
    static final byte[] RTF = ascii("{\\rtf1\\ansi Hello}");
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00);
    static final byte[] PNG =
            concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), bytes(0, 0, 0, 13), ascii("IHDR"));
    static final byte[] TIFF_LE = bytes('I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00);
    static final byte[] TIFF_BE = bytes('M', 'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08);
    static final byte[] HEIC = concat(bytes(0, 0, 0, 0x18), ascii("ftypheic"), bytes(0, 0, 0, 0), ascii("mif1heic"));
    static final byte[] HEIF = concat(bytes(0, 0, 0, 0x18), ascii("ftypmif1"), bytes(0, 0, 0, 0), ascii("mif1heic"));
    static final byte[] WEBP = concat(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WEBPVP8 "));
    static final byte[] BMP = concat(ascii("BM"), bytes(0x3A, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0));
    static final byte[] TEXT = "Name,Amount\nJos\u00e9,12\u20ac\n".getBytes(StandardCharsets.UTF_8);
    /** A Windows executable: "MZ", then binary with NUL bytes (the DOS stub header). */
    static final byte[] EXE = concat(
            ascii("MZ"),
            bytes(0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0xB8, 0x00),
            new byte[44],
            ascii("This program cannot be run in DOS mode."));

    static byte[] validHeadOf(FileType type) {
        return switch (type) {
            case PDF -> PDF;
            case DOC, XLS, PPT -> OLE2;
            case DOCX, XLSX, XLSM, PPTX, ODT, ODS, ODP -> ZIP;
            case RTF -> RTF;
            case TXT, CSV -> TEXT;
            case JPG, JPEG -> JPEG;
            case PNG -> PNG;
            case TIFF, TIF -> TIFF_LE;
            case HEIC -> HEIC;
            case HEIF -> HEIF;
            case WEBP -> WEBP;
            case BMP -> BMP;
        };
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    void givenMinimalValidHead_whenSniffed_thenAccepted(FileType type) {
        assertThat(type.matchesContent(validHeadOf(type))).isTrue();
    }

    @Test
    void givenBigEndianTiff_whenSniffedAsTiff_thenAccepted() {
        assertThat(FileType.TIFF.matchesContent(TIFF_BE)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    void givenEmptyHead_whenSniffed_thenRefused(FileType type) {
        assertThat(type.matchesContent(new byte[0])).isFalse();
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    void givenWindowsExecutable_whenSniffedAsAnyType_thenRefused(FileType type) {
        assertThat(type.matchesContent(EXE)).isFalse();
    }

    @Test
    void givenExecutableNamedPdf_whenSniffed_thenRefused() {
        FileType type = FileType.of(FileName.sanitize("invoice.pdf")).orElseThrow();
        assertThat(type).isEqualTo(FileType.PDF);
        assertThat(type.matchesContent(EXE)).isFalse();
    }

    static Stream<Arguments> mismatches() {
        return Stream.of(
                Arguments.of(FileType.PDF, PNG, "PNG as .pdf"),
                Arguments.of(FileType.PNG, PDF, "PDF as .png"),
                Arguments.of(FileType.PDF, ZIP, "ZIP as .pdf"),
                Arguments.of(FileType.JPG, PNG, "PNG as .jpg"),
                Arguments.of(FileType.DOCX, OLE2, "legacy DOC as .docx"),
                Arguments.of(FileType.DOC, ZIP, "DOCX as .doc"),
                Arguments.of(FileType.RTF, TEXT, "plain text as .rtf"),
                Arguments.of(FileType.HEIC, WEBP, "WebP as .heic"),
                Arguments.of(
                        FileType.WEBP, concat(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WAVEfmt ")), "WAV as .webp"),
                Arguments.of(
                        FileType.HEIC, concat(bytes(0, 0, 0, 0x18), ascii("ftypisom"), new byte[8]), "MP4 as .heic"),
                Arguments.of(FileType.BMP, ascii("BM"), "two bytes of BM as .bmp"),
                Arguments.of(FileType.TXT, PNG, "PNG as .txt"),
                Arguments.of(FileType.CSV, ZIP, "ZIP as .csv"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mismatches")
    void givenContentOfAnotherFormat_whenSniffed_thenRefused(FileType declared, byte[] head, String description) {
        assertThat(declared.matchesContent(head)).as(description).isFalse();
    }

    @Test
    void givenTextWithNul_whenSniffedAsTxt_thenRefused() {
        byte[] head = concat(ascii("hello"), bytes(0), ascii("world"));
        assertThat(FileType.TXT.matchesContent(head)).isFalse();
        assertThat(FileType.TXT.matchesContent(ascii("helloworld"))).isTrue();
    }

    @Test
    void givenUtf16Text_whenSniffedAsTxt_thenRefused() {
        assertThat(FileType.TXT.matchesContent("hello".getBytes(StandardCharsets.UTF_16LE)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FF", "C3 28", "A9", "E2 28 A1", "F5 80 80 80", "C0 AF"})
    void givenInvalidUtf8_whenSniffedAsCsv_thenRefused(String hex) {
        byte[] head = concat(ascii("a,b\n"), hex(hex), ascii("\n1,2\n"));
        assertThat(FileType.CSV.matchesContent(head)).isFalse();
    }

    @Test
    void givenLatin1Csv_whenSniffedAsCsv_thenRefused() {
        byte[] head = "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FileType.CSV.matchesContent(head)).isFalse();
    }

    @Test
    void givenOverlongOrSurrogateUtf8_whenSniffedAsCsv_thenRefused() {
        for (String hex : new String[] {"E0 80 AF", "ED A0 80", "F4 90 80 80"}) {
            byte[] head = concat(ascii("a,b\n"), hex(hex), ascii("\n"));
            assertThat(FileType.CSV.matchesContent(head)).as(hex).isFalse();
        }
    }

    @Test
    void givenMultiByteCharacterCutAtSniffBoundary_whenSniffedAsCsv_thenAccepted() {
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8); // E2 82 AC
        byte[] head = new byte[FileType.SNIFF_LENGTH];
        Arrays.fill(head, (byte) 'a');
        head[FileType.SNIFF_LENGTH - 2] = euro[0];
        head[FileType.SNIFF_LENGTH - 1] = euro[1];
        assertThat(FileType.CSV.matchesContent(head)).isTrue();

        byte[] twoByteCut = head.clone();
        twoByteCut[FileType.SNIFF_LENGTH - 2] = 'a';
        twoByteCut[FileType.SNIFF_LENGTH - 1] = (byte) 0xC3; // first byte of "é"
        assertThat(FileType.TXT.matchesContent(twoByteCut)).isTrue();
    }

    @Test
    void givenShortFileEndingInCutCharacter_whenSniffedAsCsv_thenRefused() {
        // shorter than the sniff window, so the file itself ends mid-character
        byte[] head = concat(ascii("a,b\n"), bytes(0xE2, 0x82));
        assertThat(FileType.CSV.matchesContent(head)).isFalse();
    }

    @Test
    void givenInvalidByteRightBeforeSniffBoundary_whenSniffed_thenRefused() {
        byte[] head = new byte[FileType.SNIFF_LENGTH];
        Arrays.fill(head, (byte) 'a');
        head[FileType.SNIFF_LENGTH - 2] = (byte) 0xC3;
        head[FileType.SNIFF_LENGTH - 1] = (byte) 'b'; // not a continuation byte
        assertThat(FileType.CSV.matchesContent(head)).isFalse();
    }

    @Test
    void givenJunkBeforePdfHeaderWithin1KiB_whenSniffed_thenAccepted() {
        byte[] junk = new byte[500];
        Arrays.fill(junk, (byte) 0x0A);
        junk[0] = (byte) 0xEF; // e.g. a stray BOM and blank lines
        assertThat(FileType.PDF.matchesContent(concat(junk, PDF))).isTrue();
    }

    @Test
    void givenPdfHeaderFarBeyond1KiB_whenSniffed_thenRefused() {
        byte[] junk = new byte[2048];
        Arrays.fill(junk, (byte) ' ');
        assertThat(FileType.PDF.matchesContent(concat(junk, PDF))).isFalse();
    }

    @Test
    void givenTruncatedPdfMagic_whenSniffed_thenRefused() {
        assertThat(FileType.PDF.matchesContent(ascii("%PDF"))).isFalse();
        assertThat(FileType.PDF.matchesContent(ascii("%PDF-"))).isTrue();
    }

    // ---- the allow-list --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"exe", "html", "htm", "svg", "js", "sh", "bat", "zip", "tif5", "", "PDF", "TIF"})
    void givenExtensionOutsideAllowList_whenLookedUp_thenEmpty(String extension) {
        assertThat(FileType.fromExtension(extension)).isEmpty();
    }

    @Test
    void givenAllowList_thenExactlyTheTypesOfTheContractWithTifForTiff() {
        assertThat(FileType.values()).hasSize(23);
        assertThat(FileType.allowedExtensions())
                .isEqualTo(".pdf, .doc, .docx, .xls, .xlsx, .xlsm, .ppt, .pptx, .odt, .ods, .odp, .rtf, .txt, .csv, "
                        + ".jpg, .jpeg, .png, .tiff, .tif, .heic, .heif, .webp, .bmp");
        for (FileType t : FileType.values()) {
            assertThat(FileType.fromExtension(t.extension())).contains(t);
        }
    }

    @Test
    void givenFileName_whenTyped_thenByLowerCasedExtension() {
        assertThat(FileType.of(FileName.sanitize("SCAN.PDF"))).contains(FileType.PDF);
        assertThat(FileType.of(FileName.sanitize("photo.JpEg"))).contains(FileType.JPEG);
        assertThat(FileType.of(FileName.sanitize("archive.tar.gz"))).isEmpty();
        assertThat(FileType.of(FileName.sanitize("README"))).isEmpty();
        assertThat(FileType.of(FileName.sanitize("report.pdf.exe"))).isEmpty();
    }

    @Test
    void givenTifExtension_thenTiffByContentAndContentType() {
        assertThat(FileType.of(FileName.sanitize("scan.TIF"))).contains(FileType.TIF);
        assertThat(FileType.TIF.contentType()).isEqualTo("image/tiff").isEqualTo(FileType.TIFF.contentType());
        assertThat(FileType.TIF.matchesContent(TIFF_BE)).isTrue();
        assertThat(FileType.TIF.matchesContent(PNG)).isFalse();
    }

    @Test
    void givenType_thenContentTypeIsTheStandardOne() {
        assertThat(FileType.PDF.contentType()).isEqualTo("application/pdf");
        assertThat(FileType.DOCX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileType.XLSX.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(FileType.JPG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileType.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(FileType.PNG.contentType()).isEqualTo("image/png");
        assertThat(FileType.TXT.contentType()).isEqualTo("text/plain");
        assertThat(FileType.CSV.contentType()).isEqualTo("text/csv");
        assertThat(FileType.HEIC.contentType()).isEqualTo("image/heic");
    }

    static byte[] hex(String spaced) {
        String[] parts = spaced.trim().split("\\s+");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }
}
