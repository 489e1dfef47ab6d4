package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverSpoolFilesTest {
    @TempDir
    Path tmp;

    @Test
    void givenFilesOfAnEarlierProcessAndOfThisOne_whenCleanedAtStart_thenOnlyTheEarlierOnesGo() throws IOException {
        Instant started = Instant.parse("2026-03-02T10:00:00Z");
        Path leftUpload = file("uploads/spool-1.bin", 1000, started.minus(Duration.ofMinutes(20)));
        Path leftPart = file("s3/part-7.tmp", 24, started.minusSeconds(1));
        Path inUse = file("uploads/spool-2.bin", 500, started.plusSeconds(3));

        LeftoverSpoolFiles.Removed removed = LeftoverSpoolFiles.removeOlderThan(tmp, started);

        assertThat(removed).isEqualTo(new LeftoverSpoolFiles.Removed(2, 1024));
        assertThat(leftUpload).doesNotExist();
        assertThat(leftPart).doesNotExist();
        assertThat(inUse).exists();
        assertThat(tmp.resolve("uploads")).isDirectory();
        assertThat(tmp.resolve("s3")).isDirectory();
    }

    @Test
    void givenNoWorkDirectoryYet_whenCleaned_thenNothingHappens() {
        assertThat(LeftoverSpoolFiles.removeOlderThan(tmp.resolve("absent"), Instant.now()))
                .isEqualTo(new LeftoverSpoolFiles.Removed(0, 0));
    }

    @Test
    void givenFileWrittenBeforeThisJvm_whenCleanedAtStart_thenRemoved() throws IOException {
        Path left = file("sealed/work.bin", 10, Instant.now().minus(Duration.ofDays(1)));
        Path fresh = file("sealed/new.bin", 10, Instant.now());

        assertThat(LeftoverSpoolFiles.removeAtStart(tmp).files()).isEqualTo(1);
        assertThat(left).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void givenPayaraInstanceDirectoryWrittenBeforeThisJvm_whenCleanedAtStart_thenItStays() throws IOException {
        Path domain = file("server-4242/config/domain.xml", 10, Instant.now().minus(Duration.ofMinutes(5)));
        Path stray = file("notes.txt", 10, Instant.now().minus(Duration.ofMinutes(5)));
        Path spool = file("uploads/upload-1.spool", 10, Instant.now().minus(Duration.ofMinutes(5)));

        assertThat(LeftoverSpoolFiles.removeAtStart(tmp).files()).isEqualTo(1);
        assertThat(spool).doesNotExist();
        assertThat(domain).exists();
        assertThat(stray).exists();
    }

    private Path file(String name, int size, Instant modified) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
