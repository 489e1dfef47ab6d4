package dev.dossier.adapters.rest.common;

import dev.dossier.application.error.ValidationException;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * A {@code multipart/form-data} body read as a stream: text fields (each capped), and the one
 * file part spooled to a temporary file with a hard cap of the size limit plus one byte, so an
 * oversized upload is recognised without ever being held. The rest of an oversized body is
 * read and discarded up to a bound, so that ordinary clients receive the 400 rather than a reset.
 */
public final class MultipartForm implements AutoCloseable {
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_PARTS = 32;
    private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    private final Map<String, String> fields;
    private final SpooledFile file;

    private MultipartForm(Map<String, String> fields, SpooledFile file) {
        this.fields = fields;
        this.file = file;
    }

    /** Reads the body; {@code fileField} names the file part, spooled into {@code spool}. Malformed bodies are a 400 on {@code detail}. */
    public static MultipartForm read(String contentType, String contentLength, InputStream body, String fileField,
                                     UploadSpool spool) {
        Map<String, String> fields = new HashMap<>();
        SpooledFile file = null;
        try {
            FileItemInputIterator parts = new StreamingParser().getItemIterator(context(contentType, contentLength, body));
            int count = 0;
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (++count > MAX_PARTS) {
                    throw malformed("too many parts");
                }
                InputStream in = part.getInputStream();
                if (!part.isFormField() && fileField.equals(part.getFieldName()) && file == null) {
                    file = spool(spool.directory(), part.getName(), in);
                    if (file.size() > Document.MAX_SIZE_BYTES) {
                        // read on a little, so that ordinary clients see the 400 rather than a reset,
                        // but never close the part: closing would read the rest of the body, however long
                        discard(in);
                        break;
                    }
                } else if (part.isFormField() && !fields.containsKey(part.getFieldName())) {
                    fields.put(part.getFieldName(), readField(part.getFieldName(), in));
                } else {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                in.close();
            }
            return new MultipartForm(fields, file);
        } catch (FileUploadException e) {
            closeQuietly(file);
            throw malformed(e.getMessage());
        } catch (IOException e) {
            closeQuietly(file);
            throw malformed(e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(file);
            throw e;
        }
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
        closeQuietly(file);
    }

    private static SpooledFile spool(Path directory, String fileName, InputStream in) throws IOException {
        Path path = Files.createTempFile(directory, "upload-", ".part");
        MessageDigest digest = Sha256.newDigest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
            long limit = Document.MAX_SIZE_BYTES + 1;
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return new SpooledFile(fileName, path, total, Sha256.hex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private static String readField(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
        if (bytes.length > MAX_FIELD_BYTES) {
            throw ValidationException.of(name, "Ensure this field has no more than " + MAX_FIELD_BYTES + " bytes.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void discard(InputStream part) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long discarded = 0;
            int n;
            while (discarded < DISCARD_LIMIT && (n = part.read(buffer)) > 0) {
                discarded += n;
            }
        } catch (IOException ignored) {
            // a client may stop sending once it sees the error; the answer is the same
        }
    }

    private static MalformedRequestException malformed(String why) {
        return new MalformedRequestException("Multipart form parse error - " + (why == null ? "malformed body" : why));
    }

    private static void closeQuietly(SpooledFile file) {
        if (file != null) {
            file.close();
        }
    }

    private static RequestContext context(String contentType, String contentLength, InputStream body) {
        long length = parseLength(contentLength);
        return new RequestContext() {
            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            public Charset getCharset() {
                return StandardCharsets.UTF_8;
            }

            @Override
            public long getContentLength() {
                return length;
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public InputStream getInputStream() {
                return body;
            }

            @Override
            public boolean isMultipartRelated() {
                return false;
            }
        };
    }

    private static long parseLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** commons-fileupload's streaming API over a plain request context (no servlet types needed). */
    private static final class StreamingParser extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {
        StreamingParser() {
            setHeaderCharset(StandardCharsets.UTF_8);
        }

        @Override
        public FileItemInputIterator getItemIterator(RequestContext request) throws FileUploadException, IOException {
            return super.getItemIterator(request);
        }

        @Override
        public Map<String, java.util.List<DiskFileItem>> parseParameterMap(RequestContext request) throws FileUploadException {
            return super.parseParameterMap(request);
        }

        @Override
        public java.util.List<DiskFileItem> parseRequest(RequestContext request) throws FileUploadException {
            return super.parseRequest(request);
        }
    }
}
