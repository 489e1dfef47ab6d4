package dev.dossier.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;

/**
 * Removes the work files that a server killed mid-request left under {@code DOSSIER_DATA_DIR/tmp}:
 * upload spools ({@code uploads}), S3 part spools ({@code s3}), sealing work files ({@code sealed}).
 * Nothing else there is touched: the Payara instance directories beside them
 * ({@code server-<pid>}) are written by scripts/run.sh before the JVM starts and belong to live
 * servers. Only files last written before this process
 * started are removed, so a file that this process (or another one sharing the directory and still
 * writing it) is using stays. The spools are encrypted with keys that died with their process, so
 * what is removed could not have been read anyway; removing it gives the disk back.
 */
final class LeftoverSpoolFiles {
    private static final System.Logger LOG = System.getLogger(LeftoverSpoolFiles.class.getName());

    /** How many files went and how many bytes they held. */
    record Removed(int files, long bytes) {}

    private LeftoverSpoolFiles() {}

    /** The directories under {@code DOSSIER_DATA_DIR/tmp} that hold only Dossier's own work files. */
    static final List<String> WORK_DIRECTORIES = List.of("uploads", "s3", "sealed");

    /** Removes the leftovers in the work directories under {@code tmpDir} older than this JVM; says how many. */
    static Removed removeAtStart(Path tmpDir) {
        Removed removed = new Removed(0, 0);
        for (String directory : WORK_DIRECTORIES) {
            Removed here = removeOlderThan(tmpDir.resolve(directory), processStart());
            removed = new Removed(removed.files() + here.files(), removed.bytes() + here.bytes());
        }
        if (removed.files() > 0) {
            LOG.log(
                    System.Logger.Level.INFO,
                    "removed " + removed.files() + " work files (" + removed.bytes()
                            + " bytes) left by an earlier process");
        }
        return removed;
    }

    /** When this JVM started: nothing it wrote is older. */
    static Instant processStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** Removes every regular file under {@code dir} last modified before {@code cutoff}; directories stay. */
    static Removed removeOlderThan(Path dir, Instant cutoff) {
        if (!Files.isDirectory(dir)) {
            return new Removed(0, 0);
        }
        long[] counts = new long[2];
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()
                            && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                        try {
                            Files.delete(file);
                            counts[0]++;
                            counts[1] += attributes.size();
                        } catch (NoSuchFileException gone) {
                            // removed meanwhile by its owner
                        } catch (IOException e) {
                            LOG.log(System.Logger.Level.WARNING, "could not remove a leftover work file", e);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the work directory " + dir, e);
        }
        return new Removed((int) counts[0], counts[1]);
    }
}
