package dev.dossier.adapters.rest.multipart;

import dev.dossier.adapters.rest.errors.MalformedRequestException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.domain.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartCompliance;
import org.eclipse.jetty.io.Content;

/**
 * A {@code multipart/form-data} body read as a stream: text fields (each capped), and the one
 * file part spooled to a temporary file with a hard cap of the size limit plus one byte, so an
 * oversized upload is recognised without ever being held. The rest of an oversized body is
 * read and discarded up to a bound, so that ordinary clients receive the 400 rather than a reset.
 *
 * <p>The body is pushed through Jetty's multipart parser in chunks of {@value #READ_BUFFER_BYTES}
 * bytes; every part's bytes are taken before the next chunk is read (the file's are copied into
 * its {@link SpoolWriter}'s few buffers on their way to disk), so those buffers and the current
 * chunk are all that is held in memory.
 */
public final class MultipartForm implements AutoCloseable {
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_PARTS = 32;
    static final int MAX_PART_HEADER_BYTES = 10 * 1024;
    private static final long DISCARD_LIMIT = 64L * 1024 * 1024;
    private static final int READ_BUFFER_BYTES = 64 * 1024;

    private final Map<String, String> fields;
    private final SpooledFile file;

    private MultipartForm(Map<String, String> fields, SpooledFile file) {
        this.fields = fields;
        this.file = file;
    }

    /**
     * Reads the body; {@code fileField} names the file part, spooled into {@code spool}. Malformed bodies are a 400 on
     * {@code detail}.
     */
    public static MultipartForm read(String contentType, InputStream body, String fileField, UploadSpool spool) {
        FormListener form = new FormListener(fileField, spool.directory());
        // strict: every delimiter is CRLF "--" boundary, as every common client writes it, so a bare LF
        // followed by the boundary inside a file is refused rather than taken as the end of the part
        MultiPart.Parser parser =
                new MultiPart.Parser(boundaryOf(contentType), MultiPartCompliance.RFC7578_STRICT, form);
        parser.setPartHeadersMaxLength(MAX_PART_HEADER_BYTES);
        try {
            byte[] buffer = new byte[READ_BUFFER_BYTES];
            long readPastLimit = 0;
            while (!form.complete && form.failure == null && readPastLimit < DISCARD_LIMIT) {
                int n = body.read(buffer);
                if (n < 0) {
                    parser.parse(Content.Chunk.EOF);
                    break;
                }
                if (form.oversized) {
                    // read on a little, so that ordinary clients see the 400 rather than a reset,
                    // but never to the end: the rest of the body may be as long as the client likes
                    readPastLimit += n;
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
            }
        } catch (IOException e) {
            form.fail(malformed(e.getMessage()));
        } catch (RuntimeException e) {
            form.fail(e);
        }
        return form.result();
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public String fieldOrNull(String name) {
        return fields.get(name);
    }

    /** Every text field read (the first value of each name). */
    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Optional<SpooledFile> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    private static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw malformed("the content type is not multipart/form-data: " + contentType);
        }
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw malformed("no multipart boundary in the content type");
        }
        return boundary;
    }

    private static MalformedRequestException malformed(String why) {
        return new MalformedRequestException("Multipart form parse error - " + (why == null ? "malformed body" : why));
    }

    /**
     * Receives the parser's events. The parser swallows what its listener throws, so a failure is
     * kept here and ends the read loop; every exit path either returns the form or deletes the spool file.
     */
    private static final class FormListener extends MultiPart.AbstractPartsListener {
        private final String fileField;
        private final Path spoolDirectory;
        private final Map<String, String> fields = new HashMap<>();
        private int parts;
        private Part current = Part.IGNORED;
        private FileSink fileSink;
        private SpooledFile file;
        private ByteArrayOutputStream fieldBytes;
        boolean complete;
        boolean oversized;
        RuntimeException failure;

        FormListener(String fileField, Path spoolDirectory) {
            this.fileField = fileField;
            this.spoolDirectory = spoolDirectory;
        }

        private enum Part {
            FILE,
            FIELD,
            IGNORED
        }

        @Override
        public void onPartBegin() {
            if (failure == null && !oversized && ++parts > MAX_PARTS) {
                fail(malformed("too many parts"));
            }
        }

        @Override
        public void onPartHeaders() {
            current = Part.IGNORED;
            if (failure != null || oversized || getName() == null) {
                return;
            }
            if (getFileName() != null && fileField.equals(getName()) && file == null && fileSink == null) {
                try {
                    fileSink = new FileSink(spoolDirectory, getFileName());
                    current = Part.FILE;
                } catch (IOException e) {
                    fail(new UncheckedIOException("cannot create an upload spool file in " + spoolDirectory, e));
                }
            } else if (getFileName() == null && !fields.containsKey(getName())) {
                fieldBytes = new ByteArrayOutputStream();
                current = Part.FIELD;
            }
        }

        @Override
        public void onPartContent(Content.Chunk chunk) {
            if (failure != null) {
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            try {
                switch (current) {
                    case FILE -> oversized = !fileSink.write(bytes);
                    case FIELD -> appendField(bytes);
                    case IGNORED -> {}
                }
            } catch (IOException e) {
                fail(new UncheckedIOException("cannot write the upload spool file", e));
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private void appendField(ByteBuffer bytes) {
            if (fieldBytes.size() + bytes.remaining() > MAX_FIELD_BYTES) {
                throw ValidationException.of(
                        getName(), "Ensure this field has no more than " + MAX_FIELD_BYTES + " bytes.");
            }
            byte[] array = new byte[bytes.remaining()];
            bytes.get(array);
            fieldBytes.writeBytes(array);
        }

        @Override
        public void onPartEnd() {
            if (failure == null) {
                if (current == Part.FILE) {
                    file = fileSink.finish();
                    fileSink = null;
                } else if (current == Part.FIELD) {
                    fields.put(getName(), fieldBytes.toString(StandardCharsets.UTF_8));
                    fieldBytes = null;
                }
            }
            current = Part.IGNORED;
            super.onPartEnd();
        }

        @Override
        public void onPart(String name, String fileName, HttpFields headers) {
            // every part was handled as its bytes arrived
        }

        @Override
        public void onComplete() {
            complete = true;
        }

        @Override
        public void onFailure(Throwable cause) {
            String why =
                    cause instanceof EOFException ? "the body ended before the closing boundary" : cause.getMessage();
            // Jetty's parse errors read "400: invalid byte 7"; the status is ours to give
            fail(malformed(why == null ? null : why.replaceFirst("^\\d{3}: ", "")));
        }

        void fail(RuntimeException cause) {
            if (failure == null) {
                failure = cause;
            }
        }

        /** The form, or the failure; the spool file is deleted unless it is handed out in the form. */
        MultipartForm result() {
            if (failure == null && !complete && !oversized) {
                failure = malformed("the body ended before the closing boundary");
            }
            if (fileSink != null && oversized && failure == null) {
                // the part was cut off at the limit: the form carries it, so its size says why it is refused
                file = fileSink.finish();
                fileSink = null;
            }
            if (failure != null) {
                if (fileSink != null) {
                    fileSink.abandon();
                }
                if (file != null) {
                    file.close();
                }
                throw failure;
            }
            return new MultipartForm(fields, file);
        }
    }

    /**
     * The file part on its way to disk, cut off one byte past the size limit; a {@link SpoolWriter}
     * hashes and writes it on another thread while the body is still being read.
     */
    private static final class FileSink {
        private static final long LIMIT = Document.MAX_SIZE_BYTES + 1;
        private final String fileName;
        private final Path path;
        private final SpoolWriter writer;
        private final SpoolCipher cipher = SpoolCipher.random();
        private long size;

        FileSink(Path directory, String fileName) throws IOException {
            this.fileName = fileName;
            this.path = Files.createTempFile(directory, "upload-", ".part");
            try {
                this.writer = new SpoolWriter(FileChannel.open(path, StandardOpenOption.WRITE), cipher.fromStart());
            } catch (IOException e) {
                Files.deleteIfExists(path);
                throw e;
            }
        }

        /** Writes what fits under the limit; false once the part has gone past it. */
        boolean write(ByteBuffer bytes) throws IOException {
            ByteBuffer kept = bytes.slice();
            if (kept.remaining() > LIMIT - size) {
                kept.limit((int) (LIMIT - size));
            }
            size += kept.remaining();
            writer.write(kept);
            return size < LIMIT;
        }

        SpooledFile finish() {
            String sha256;
            try {
                sha256 = writer.finish();
            } catch (IOException e) {
                abandon();
                throw new UncheckedIOException("cannot write the upload spool file", e);
            }
            return new SpooledFile(fileName, path, size, sha256, cipher);
        }

        void abandon() {
            try {
                writer.abandon();
            } catch (IOException e) {
                // the file goes all the same
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }
}
