package dev.dossier.adapters.rest.multipart;

import static dev.dossier.adapters.rest.multipart.TestBytes.random;
import static dev.dossier.adapters.rest.multipart.TestBytes.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.domain.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartFormTest {
    private static final String BOUNDARY = "------------------------d74496d66958873e";
    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    @TempDir
    Path spoolDir;

    /** A body built part by part, the way curl writes one. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final String boundary;

        Body(String boundary) {
            this.boundary = boundary;
        }

        Body() {
            this(BOUNDARY);
        }

        Body field(String name, String value) {
            return part(
                    "Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String fileName, byte[] content) {
            return part(
                    "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/pdf",
                    content);
        }

        Body part(String headers, byte[] content) {
            out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] end() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        byte[] unfinished() {
            return out.toByteArray();
        }
    }

    private MultipartForm read(byte[] body) {
        return read(new ByteArrayInputStream(body));
    }

    private MultipartForm read(InputStream body) {
        return MultipartForm.read(CONTENT_TYPE, body, "file", new UploadSpool(spoolDir));
    }

    private static byte[] contentOf(MultipartForm form) throws IOException {
        try (InputStream in = form.file().orElseThrow().open()) {
            return in.readAllBytes();
        }
    }

    private Path onlySpoolFile() throws IOException {
        List<Path> files = spooled();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private List<Path> spooled() throws IOException {
        try (Stream<Path> files = Files.list(spoolDir)) {
            return files.toList();
        }
    }

    /** Hands out at most {@code step} bytes per read, so boundaries fall across every chunk edge. */
    private static InputStream trickling(byte[] body, int step) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    /**
     * File content that looks like the start of a delimiter again and again, and holds the boundary
     * itself after a bare CR or another byte, but never after CRLF or LF: never a delimiter.
     */
    private static byte[] nearDelimiters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] decoys = {
            "\r",
            "\r\n",
            "\r\n-",
            "\r\n--",
            "\r\n--" + BOUNDARY.substring(0, 10),
            "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1),
            "x--" + BOUNDARY,
            "\r--" + BOUNDARY,
            "\r\r\n--",
            "\n-\n--"
        };
        Random random = new Random(7);
        char last = BOUNDARY.charAt(BOUNDARY.length() - 1);
        for (int i = 0; i < 400; i++) {
            for (int n = random.nextInt(50); n > 0; n--) {
                int b = random.nextInt(256);
                // no CR or LF of its own, and nothing that could finish the cut-off boundary decoy
                out.write(b == '\r' || b == '\n' || b == last ? 'z' : b);
            }
            out.writeBytes(decoys[i % decoys.length].getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\r".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Nested
    class Reads {
        @Test
        void givenFieldsAndAFile_thenFieldsAreTextAndTheFileIsSpooledWithItsNameSizeAndSha256() throws Exception {
            byte[] pdf = random(200_000, 1);
            byte[] body = new Body()
                    .field("document_type", "Passport")
                    .file("file", "passport.pdf", pdf)
                    .field("expiry_date", "2030-01-01")
                    .end();

            try (MultipartForm form = read(body)) {
                assertThat(form.fields())
                        .containsExactlyInAnyOrderEntriesOf(
                                Map.of("document_type", "Passport", "expiry_date", "2030-01-01"));
                SpooledFile file = form.file().orElseThrow();
                assertThat(file.fileName()).isEqualTo("passport.pdf");
                assertThat(file.size()).isEqualTo(pdf.length);
                assertThat(file.sha256()).isEqualTo(sha256(pdf));
                assertThat(contentOf(form)).isEqualTo(pdf);
            }
        }

        @Test
        void givenASpooledFile_thenItsChannelReadsTheSameBytesAnywhereAndCannotWrite() throws Exception {
            byte[] content = random(100_000, 3);
            try (MultipartForm form =
                            read(new Body().file("file", "a.docx", content).end());
                    SeekableByteChannel channel = form.file().orElseThrow().openChannel()) {
                assertThat(channel.size()).isEqualTo(content.length);
                ByteBuffer tail = ByteBuffer.allocate(22);
                channel.position(content.length - 22).read(tail);
                assertThat(tail.array()).isEqualTo(Arrays.copyOfRange(content, content.length - 22, content.length));
                ByteBuffer head = ByteBuffer.allocate(4);
                channel.position(0).read(head);
                assertThat(head.array()).isEqualTo(Arrays.copyOf(content, 4));
                assertThatThrownBy(() -> channel.write(ByteBuffer.allocate(1)))
                        .isInstanceOf(NonWritableChannelException.class);
            }
        }

        @ParameterizedTest(name = "{0} bytes per read")
        @ValueSource(ints = {1, 2, 3, 5, 41, 42, 43, 44, 45, 4096, 65_536})
        void givenContentFullOfAlmostDelimiters_whenReadInAnyChunkSize_thenEveryByteIsKept(int step) throws Exception {
            byte[] content = nearDelimiters();
            byte[] body = new Body()
                    .field("document_type", "a\r\n--b")
                    .file("file", "tricky.bin", content)
                    .field("classification", "shared")
                    .end();

            try (MultipartForm form = read(trickling(body, step))) {
                assertThat(contentOf(form)).isEqualTo(content);
                assertThat(form.file().orElseThrow().sha256()).isEqualTo(sha256(content));
                assertThat(form.fields())
                        .containsEntry("document_type", "a\r\n--b")
                        .containsEntry("classification", "shared");
            }
        }

        @Test
        void givenAnEmptyFilePart_thenAnEmptyFileIsSpooled() throws Exception {
            try (MultipartForm form =
                    read(new Body().file("file", "empty.pdf", new byte[0]).end())) {
                assertThat(form.file().orElseThrow().size()).isZero();
                assertThat(form.file().orElseThrow().sha256()).isEqualTo(sha256(new byte[0]));
            }
        }

        @Test
        void givenNonAsciiFieldAndFileName_thenTheyAreReadAsUtf8() {
            byte[] body = new Body()
                    .field("document_type", "Führerschein – 運転免許証")
                    .file("file", "paß €.pdf", new byte[] {1})
                    .end();

            try (MultipartForm form = read(body)) {
                assertThat(form.fieldOrNull("document_type")).isEqualTo("Führerschein – 運転免許証");
                assertThat(form.file().orElseThrow().fileName()).isEqualTo("paß €.pdf");
            }
        }

        @Test
        void givenRepeatedFieldsAndFileParts_thenTheFirstOfEachCounts() throws Exception {
            byte[] first = {1, 2, 3};
            byte[] body = new Body()
                    .field("document_type", "Passport")
                    .file("file", "first.pdf", first)
                    .field("document_type", "Other")
                    .file("file", "second.pdf", new byte[] {9, 9})
                    .end();

            try (MultipartForm form = read(body)) {
                assertThat(form.fieldOrNull("document_type")).isEqualTo("Passport");
                assertThat(form.file().orElseThrow().fileName()).isEqualTo("first.pdf");
                assertThat(contentOf(form)).isEqualTo(first);
            }
            assertThat(spooled()).isEmpty();
        }

        @Test
        void givenFilesUnderOtherNamesAndPartsWithoutName_thenTheyAreSkipped() {
            byte[] body = new Body()
                    .file("attachment", "other.pdf", new byte[] {1})
                    .part("Content-Type: text/plain", "no disposition".getBytes(StandardCharsets.UTF_8))
                    .field("document_type", "Passport")
                    .end();

            try (MultipartForm form = read(body)) {
                assertThat(form.file()).isEmpty();
                assertThat(form.fields()).containsExactly(Map.entry("document_type", "Passport"));
            }
        }

        @Test
        void givenAFileFieldWithoutFileName_thenItIsATextFieldAndNoFile() {
            try (MultipartForm form = read(new Body().field("file", "just text").end())) {
                assertThat(form.file()).isEmpty();
                assertThat(form.fieldOrNull("file")).isEqualTo("just text");
            }
        }

        @Test
        void givenAPreambleAndAnEpilogue_thenBothAreIgnored() {
            byte[] parts = new Body().field("document_type", "Passport").end();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("This is a preamble.\r\n".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(parts);
            body.writeBytes("and an epilogue".getBytes(StandardCharsets.US_ASCII));

            try (MultipartForm form = read(body.toByteArray())) {
                assertThat(form.fields()).containsExactly(Map.entry("document_type", "Passport"));
            }
        }

        @Test
        void givenAQuotedBoundaryInTheContentType_thenItIsUsed() {
            byte[] body = new Body("a b:c").field("document_type", "Passport").end();

            try (MultipartForm form = MultipartForm.read(
                    "multipart/form-data; boundary=\"a b:c\"",
                    new ByteArrayInputStream(body),
                    "file",
                    new UploadSpool(spoolDir))) {
                assertThat(form.fieldOrNull("document_type")).isEqualTo("Passport");
            }
        }

        @Test
        void givenAFile_thenTheSpoolFileOnDiskNeverHoldsItsBytesInClear() throws Exception {
            byte[] content = "MRZ P<UTOERIKSSON<<ANNA<MARIA ".repeat(2000).getBytes(StandardCharsets.US_ASCII);
            try (MultipartForm form =
                    read(new Body().file("file", "id.txt", content).end())) {
                byte[] onDisk = Files.readAllBytes(onlySpoolFile());
                assertThat(onDisk).hasSameSizeAs(content).isNotEqualTo(content);
                assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("ERIKSSON");
                assertThat(contentOf(form)).isEqualTo(content);
            }
        }

        @Test
        void whenClosed_thenTheSpoolFileIsDeleted() throws Exception {
            MultipartForm form =
                    read(new Body().file("file", "a.pdf", random(1000, 3)).end());
            Path spooledFile = onlySpoolFile();

            form.close();

            assertThat(spooledFile).doesNotExist();
            assertThat(spooled()).isEmpty();
        }
    }

    @Nested
    class SizeLimit {
        @Test
        void givenAFileOfExactlyTheLimit_thenItIsKeptWhole() throws Exception {
            byte[] content = random((int) Document.MAX_SIZE_BYTES, 4);
            try (MultipartForm form = read(new Body()
                    .file("file", "max.pdf", content)
                    .field("document_type", "x")
                    .end())) {
                assertThat(form.file().orElseThrow().size()).isEqualTo(Document.MAX_SIZE_BYTES);
                assertThat(form.file().orElseThrow().sha256()).isEqualTo(sha256(content));
                assertThat(form.fieldOrNull("document_type")).isEqualTo("x");
            }
        }

        @Test
        void givenAFileOneBytePastTheLimit_thenOnlyLimitPlusOneBytesAreSpooledAndLaterPartsAreIgnored()
                throws Exception {
            byte[] content = random((int) Document.MAX_SIZE_BYTES + 5000, 5);
            try (MultipartForm form = read(new Body()
                    .file("file", "big.pdf", content)
                    .field("document_type", "x")
                    .end())) {
                assertThat(form.file().orElseThrow().size()).isEqualTo(Document.MAX_SIZE_BYTES + 1);
                assertThat(Files.size(onlySpoolFile())).isEqualTo(Document.MAX_SIZE_BYTES + 1);
                assertThat(form.fields()).isEmpty();
            }
        }

        @Test
        void givenAFileFarPastTheLimit_thenReadingStopsABoundedWayPastTheLimit() {
            long available = Document.MAX_SIZE_BYTES + 256L * 1024 * 1024;
            long[] served = {0};
            byte[] head = ("--" + BOUNDARY
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            InputStream huge = new InputStream() {
                @Override
                public int read() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (served[0] >= available) {
                        return -1;
                    }
                    int n = (int) Math.min(len, Math.max(0, head.length - served[0]));
                    if (n > 0) {
                        System.arraycopy(head, (int) served[0], b, off, n);
                    } else {
                        n = len;
                        Arrays.fill(b, off, off + len, (byte) 'x');
                    }
                    served[0] += n;
                    return n;
                }
            };

            try (MultipartForm form = read(huge)) {
                assertThat(form.file().orElseThrow().size()).isEqualTo(Document.MAX_SIZE_BYTES + 1);
            }
            assertThat(served[0])
                    .isBetween(
                            Document.MAX_SIZE_BYTES + 64L * 1024 * 1024, Document.MAX_SIZE_BYTES + 65L * 1024 * 1024);
        }
    }

    @Nested
    class Refusals {
        @Test
        void givenABodyThatEndsBeforeTheClosingBoundary_thenMalformedAndNothingIsLeftSpooled() throws Exception {
            byte[] body = new Body()
                    .field("document_type", "Passport")
                    .file("file", "a.pdf", random(100_000, 6))
                    .unfinished();
            byte[] cut = Arrays.copyOf(body, body.length - 1000);

            assertThatThrownBy(() -> read(cut))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - the body ended before the closing boundary");
            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - the body ended before the closing boundary");
            assertThat(spooled()).isEmpty();
        }

        @Test
        void givenAnEmptyBody_thenMalformed() {
            assertThatThrownBy(() -> read(new byte[0]))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessageStartingWith("Multipart form parse error - ");
        }

        @Test
        void givenMoreThanTheMaximumOfParts_thenMalformedAndNothingIsLeftSpooled() throws Exception {
            Body body = new Body().file("file", "a.pdf", random(1000, 8));
            for (int i = 0; i < MultipartForm.MAX_PARTS; i++) {
                body.field("f" + i, "v");
            }

            assertThatThrownBy(() -> read(body.end()))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - too many parts");
            assertThat(spooled()).isEmpty();
        }

        @Test
        void givenExactlyTheMaximumOfParts_thenAllAreRead() {
            Body body = new Body();
            for (int i = 0; i < MultipartForm.MAX_PARTS; i++) {
                body.field("f" + i, "v" + i);
            }

            try (MultipartForm form = read(body.end())) {
                assertThat(form.fields()).hasSize(MultipartForm.MAX_PARTS).containsEntry("f31", "v31");
            }
        }

        @Test
        void givenAFieldOverTheLimit_thenAValidationErrorOnThatFieldAndNothingIsLeftSpooled() throws Exception {
            byte[] body = new Body()
                    .file("file", "a.pdf", random(1000, 9))
                    .field("document_type", "x".repeat(MultipartForm.MAX_FIELD_BYTES + 1))
                    .end();

            assertThatThrownBy(() -> read(body))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.fieldErrors())
                                    .containsExactly(Map.entry(
                                            "document_type",
                                            List.of("Ensure this field has no more than 65536 bytes."))));
            assertThat(spooled()).isEmpty();
        }

        @Test
        void givenAFieldOfExactlyTheLimit_thenItIsRead() {
            String value = "x".repeat(MultipartForm.MAX_FIELD_BYTES);
            try (MultipartForm form =
                    read(new Body().field("document_type", value).end())) {
                assertThat(form.fieldOrNull("document_type")).isEqualTo(value);
            }
        }

        @Test
        void givenPartHeadersOverTheLimit_thenMalformed() {
            byte[] body = new Body()
                    .part(
                            "Content-Disposition: form-data; name=\"document_type\"\r\nX-Padding: "
                                    + "p".repeat(MultipartForm.MAX_PART_HEADER_BYTES),
                            "Passport".getBytes(StandardCharsets.UTF_8))
                    .end();

            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessageStartingWith("Multipart form parse error - ");
        }

        @Test
        void givenAHeaderLineWithoutColon_thenMalformed() {
            byte[] body = new Body()
                    .part("Content-Disposition form-data", new byte[] {1})
                    .end();

            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessageStartingWith("Multipart form parse error - ");
        }

        @Test
        void givenFileContentWithTheBoundaryAfterABareLineFeed_thenMalformedRatherThanCutShort() throws Exception {
            byte[] content = ("line one\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] body = new Body()
                    .file("file", "a.txt", content)
                    .field("document_type", "Passport")
                    .end();

            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - invalid LF-only EOL");
            assertThat(spooled()).isEmpty();
        }

        @Test
        void givenABodyWithAnotherBoundary_thenMalformed() {
            byte[] body = new Body("something-else")
                    .field("document_type", "Passport")
                    .end();

            assertThatThrownBy(() -> read(body))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - the body ended before the closing boundary");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "application/json",
                    "text/plain; boundary=abc",
                    "multipart/form-data",
                    "multipart/form-data; boundary=",
                    "multipart/form-data; charset=utf-8"
                })
        void givenAContentTypeWithoutMultipartBoundary_thenMalformed(String contentType) {
            byte[] body = new Body().field("document_type", "Passport").end();

            assertThatThrownBy(() -> MultipartForm.read(
                            contentType, new ByteArrayInputStream(body), "file", new UploadSpool(spoolDir)))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessageStartingWith("Multipart form parse error - ");
        }

        @Test
        void givenAMissingContentType_thenMalformed() {
            assertThatThrownBy(() -> MultipartForm.read(
                            null, new ByteArrayInputStream(new byte[0]), "file", new UploadSpool(spoolDir)))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - the content type is not multipart/form-data: null");
        }

        @Test
        void givenTheBodyFailsWhileReading_thenMalformedAndNothingIsLeftSpooled() throws Exception {
            byte[] head = new Body().file("file", "a.pdf", random(300_000, 10)).unfinished();
            InputStream failing = new InputStream() {
                private final InputStream in = new ByteArrayInputStream(head, 0, 200_000);

                @Override
                public int read() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    if (n < 0) {
                        throw new IOException("connection reset");
                    }
                    return n;
                }
            };

            assertThatThrownBy(() -> read(failing))
                    .isInstanceOf(MalformedRequestException.class)
                    .hasMessage("Multipart form parse error - connection reset");
            assertThat(spooled()).isEmpty();
        }
    }
}
