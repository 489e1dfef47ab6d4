package dev.dossier.adapters.storage.inspection;

import com.sun.management.ThreadMXBean;
import dev.dossier.application.port.out.StorableContent;
import dev.dossier.domain.document.FileType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 * Measures what inspection costs, outside the build: in a fresh JVM, the classes loaded and the time
 * taken by the first inspection of each kind of file, then the CPU time, wall time and allocation of
 * one inspection of a 10 MiB DOCX, XLSX, PDF and TXT, through a file channel (the REST spool) and
 * through re-opened streams (a stored object). Run it from the repository root after
 * {@code mvn -pl adapters-storage -am test-compile}:
 *
 * <pre>
 * mvn -q -pl adapters-storage dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp adapters-storage/target/test-classes:adapters-storage/target/classes:$(cat /tmp/cp.txt) \
 *     dev.dossier.adapters.storage.inspection.InspectionCost
 * </pre>
 */
public final class InspectionCost {
    private static final int TEN_MIB = 10 * 1024 * 1024;
    private static final FormatContentInspector INSPECTOR = new FormatContentInspector();
    private static final ThreadMXBean THREAD = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private InspectionCost() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("inspection-cost");
        System.out.println("first inspection of each kind, in a fresh JVM:");
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        for (FileType type : new FileType[] {
            FileType.TXT, FileType.DOCX, FileType.ODT, FileType.DOC, FileType.PNG, FileType.JPEG, FileType.HEIC
        }) {
            StorableContent content = inFile(dir, SampleFiles.of(type));
            long loaded = classes.getTotalLoadedClassCount();
            long start = System.nanoTime();
            INSPECTOR.inspect(type, content);
            System.out.printf(
                    "  %-5s %4d classes loaded, %6.1f ms%n",
                    type.extension(), classes.getTotalLoadedClassCount() - loaded, (System.nanoTime() - start) / 1e6);
        }
        System.out.println("one inspection of a 10 MiB file, after warming up (mean of 50):");
        report(dir, FileType.DOCX, docx());
        report(dir, FileType.XLSX, xlsx());
        byte[] pdf = new byte[TEN_MIB];
        new Random(1).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        report(dir, FileType.PDF, pdf);
        report(
                dir,
                FileType.TXT,
                SampleFiles.text("2026-03-14,Invoice 2026-0042 M\u00fcller GmbH,-1250.50\n", TEN_MIB));
    }

    private static void report(Path dir, FileType type, byte[] bytes) throws IOException {
        StorableContent file = inFile(dir, bytes);
        StorableContent streamed = streamed(file);
        if (INSPECTOR.inspect(type, file).isPresent()) {
            throw new IllegalStateException(type + " refused");
        }
        for (StorableContent content : new StorableContent[] {file, streamed}) {
            for (int i = 0; i < 20; i++) {
                INSPECTOR.inspect(type, content);
            }
            int runs = 50;
            long cpu = THREAD.getCurrentThreadCpuTime();
            long allocated = THREAD.getCurrentThreadAllocatedBytes();
            long wall = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                INSPECTOR.inspect(type, content);
            }
            System.out.printf(
                    "  %-4s %5.1f MiB %-16s cpu %7.3f ms  wall %7.3f ms  allocated %6.1f KiB%n",
                    type.extension(),
                    bytes.length / 1048576.0,
                    content == file ? "(file channel)" : "(re-opened)",
                    (THREAD.getCurrentThreadCpuTime() - cpu) / 1e6 / runs,
                    (System.nanoTime() - wall) / 1e6 / runs,
                    (THREAD.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / runs);
        }
    }

    /** A word-processing package of 10 MiB: its text, and a photo (incompressible) that makes up most of it. */
    private static byte[] docx() {
        StringBuilder text = new StringBuilder("<w:document><w:body>");
        Random r = new Random(2);
        while (text.length() < 3_000_000) {
            text.append("<w:p><w:r><w:t>Clause ")
                    .append(r.nextInt(10_000))
                    .append(": the parties agree.</w:t></w:r></w:p>");
        }
        byte[] photo = new byte[TEN_MIB - 200_000];
        r.nextBytes(photo);
        return CraftedFiles.docxWith(new RawZip()
                .deflated(
                        "word/header1.xml",
                        text.append("</w:body></w:document>").toString())
                .stored("word/media/image1.jpeg", photo));
    }

    /** A workbook of 10 MiB: one sheet of rows of dates, names and amounts (about 5:1 compressed). */
    private static byte[] xlsx() {
        Random r = new Random(3);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.writeBytes("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; sheet.size() < 50 * 1024 * 1024; i++) {
            sheet.writeBytes(("<row r=\"" + i + "\"><c r=\"A" + i + "\" t=\"inlineStr\"><is><t>Invoice "
                            + r.nextInt(100_000) + "</t></is></c><c r=\"B" + i + "\"><v>"
                            + r.nextInt(10_000_000) / 100.0 + "</v></c><c r=\"C" + i + "\"><v>" + r.nextDouble()
                            + "</v></c></row>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        sheet.writeBytes("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        String main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        return new RawZip()
                .deflated(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                + "content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"" + main
                                + "\"/></Types>")
                .deflated("xl/workbook.xml", "<workbook/>")
                .deflated("xl/worksheets/sheet1.xml", sheet.toByteArray())
                .toBytes();
    }

    private static StorableContent inFile(Path dir, byte[] bytes) throws IOException {
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

    /** The same file, with random access only through the port's default (re-opened streams). */
    private static StorableContent streamed(StorableContent file) {
        return new StorableContent() {
            @Override
            public long size() {
                return file.size();
            }

            @Override
            public String sha256() {
                return "unused";
            }

            @Override
            public InputStream open() throws IOException {
                return file.open();
            }
        };
    }
}
