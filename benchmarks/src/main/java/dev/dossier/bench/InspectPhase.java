package dev.dossier.bench;

import static dev.dossier.bench.Log.log;
import static dev.dossier.bench.Stats.fmt;
import static dev.dossier.bench.Stats.pct;

import dev.dossier.adapters.storage.inspection.FormatContentInspector;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Row 8: what the content checks add to an upload, as the storage adapter's inspector reads files of
 * about 10 MiB from a local file, one at a time, in process: UTF-8 text read to its last byte, and an
 * office package judged from its ZIP directory and {@code [Content_Types].xml}. (PDFs have no check
 * past their first bytes; images are judged from their headers.)
 */
final class InspectPhase implements Phase {
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public void run(Harness h) throws Exception {
        Path dir = Files.createDirectories(h.config().work().resolve("inspect"));
        measure(h, FileType.TXT, "UTF-8 text", text(dir.resolve("bench.txt")));
        measure(h, FileType.DOCX, "DOCX package of 200 entries", docx(dir.resolve("bench.docx")));
    }

    private static void measure(Harness h, FileType type, String what, Path file) throws IOException {
        FormatContentInspector inspector = new FormatContentInspector();
        LocalFile content = new LocalFile(file);
        log("inspect: " + what + ", " + WARM_UP + " warm-up and " + RUNS + " timed checks");
        for (int i = 0; i < WARM_UP; i++) {
            inspector.inspect(type, content);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            if (inspector.inspect(type, content).isPresent()) {
                throw new IllegalStateException("the inspector refused the bench's " + what);
            }
            nanos.add(System.nanoTime() - start);
        }
        double median = pct(nanos, 50);
        double mib = content.size() / 1048576.0;
        h.results()
                .row(
                        "8",
                        "content check of a " + fmt(mib) + " MiB " + what + " (ms per file, median of " + RUNS
                                + "; p95 " + fmt(pct(nanos, 95)) + ")",
                        "ms",
                        median,
                        null,
                        null,
                        "(info: added to each upload)",
                        null);
    }

    /** Text of 10 MiB with a multi-byte character in every line, so the UTF-8 check decodes all of it. */
    private static Path text(Path file) throws IOException {
        byte[] line = "Kontoauszug Nr. 4711 · Müller & Søn AB · 1 234,56 €\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written + line.length <= Transfers.FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        return file;
    }

    /** A word-processing package near 10 MiB: its main part, and 200 media entries of random bytes. */
    private static Path docx(Path file) throws IOException {
        Random random = new Random(8);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                byte[] media = new byte[Transfers.FILE_BYTES / 200];
                random.nextBytes(media);
                entry(zip, "word/media/image" + i + ".bin", media);
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /** A file on disk as the inspector sees an upload's spool: a stream, and a channel for random access. */
    private record LocalFile(Path path) implements StorableContent {
        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String sha256() {
            return "";
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public SeekableByteChannel openChannel() throws IOException {
            return FileChannel.open(path, StandardOpenOption.READ);
        }
    }
}
