package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd.pdf|passwd.pdf",
                "/var/tmp/uploads/statement.pdf|statement.pdf",
                "C:\\Users\\alice\\Documents\\statement.pdf|statement.pdf",
                "..\\..\\windows\\system32\\id.png|id.png",
                "mixed/dirs\\and/more\\scan.jpg|scan.jpg",
                "plain.pdf|plain.pdf"
            })
    void givenPath_whenSanitized_thenOnlyTheBaseNameIsKept(String raw, String expected) {
        assertThat(FileName.sanitize(raw).value()).isEqualTo(expected);
    }

    @Test
    void givenControlCharacters_whenSanitized_thenRemoved() {
        assertThat(FileName.sanitize("bank\u0000state\nment\r\t\u001b[31m.pdf").value())
                .isEqualTo("bankstatement[31m.pdf");
        assertThat(FileName.sanitize("a\u007fb\u0085c.pdf").value()).isEqualTo("abc.pdf");
    }

    @Test
    void givenBidiOverride_whenSanitized_thenRemovedSoTheRealExtensionShows() {
        FileName name = FileName.sanitize("invoice\u202Efdp.exe");
        assertThat(name.value()).isEqualTo("invoicefdp.exe");
        assertThat(name.value()).doesNotContain("\u202E");
        assertThat(name.extension()).contains("exe");
        assertThat(FileType.of(name)).isEmpty();
    }

    @Test
    void givenOtherInvisibleFormattingCharacters_whenSanitized_thenRemoved() {
        // LRO, RLE, PDF(pop), zero-width space/joiner, BOM, RLI
        assertThat(FileName.sanitize("\u202Dre\u202Bport\u202C\u200B\u200D\uFEFF\u2067.pdf")
                        .value())
                .isEqualTo("report.pdf");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {".bashrc.pdf|bashrc.pdf", "...hidden.pdf|hidden.pdf", "dir/.htaccess.txt|htaccess.txt"})
    void givenLeadingDots_whenSanitized_thenRemoved(String raw, String expected) {
        assertThat(FileName.sanitize(raw).value()).isEqualTo(expected);
    }

    @Test
    void givenDotsThenWhitespace_whenSanitized_thenNoLeadingWhitespaceLeft() {
        assertThat(FileName.sanitize(". report.pdf").value()).isEqualTo("report.pdf");
        assertThatThrownBy(() -> FileName.sanitize(". ."))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }

    @Test
    void givenSurroundingWhitespace_whenSanitized_thenStripped() {
        assertThat(FileName.sanitize("  report.pdf \t").value()).isEqualTo("report.pdf");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {".", "..", "....", "   ", "../", "dir/", "C:\\temp\\", "\u202E", "\u0000\u0001", "/.."})
    void givenNothingUsable_whenSanitized_thenRefusedOnFileField(String raw) {
        assertThatThrownBy(() -> FileName.sanitize(raw)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    @Test
    void givenNameOf300Characters_whenSanitized_thenCappedAt255KeepingTheExtension() {
        String raw = "a".repeat(296) + ".pdf";
        FileName name = FileName.sanitize(raw);
        assertThat(name.value()).hasSize(FileName.MAX_LENGTH).hasSize(255);
        assertThat(name.value()).isEqualTo("a".repeat(251) + ".pdf");
        assertThat(name.extension()).contains("pdf");
    }

    @Test
    void givenNameOfExactly255Characters_whenSanitized_thenUnchanged() {
        String raw = "b".repeat(251) + ".pdf";
        assertThat(FileName.sanitize(raw).value()).isEqualTo(raw);
    }

    @Test
    void givenLongNameWithoutExtension_whenSanitized_thenCappedAt255() {
        assertThat(FileName.sanitize("c".repeat(300)).value()).isEqualTo("c".repeat(255));
    }

    @Test
    void givenLongNameOfEmoji_whenSanitized_thenNotCutInsideACharacter() {
        String raw = "\uD83D\uDCC4".repeat(150) + ".pdf"; // 150 x U+1F4C4, 304 chars
        String value = FileName.sanitize(raw).value();
        assertThat(value).endsWith(".pdf");
        assertThat(value.length()).isLessThanOrEqualTo(255);
        String body = value.substring(0, value.length() - 4);
        assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1)))
                .as("last kept character is half of a surrogate pair")
                .isFalse();
    }

    @Test
    void givenUpperCaseExtension_thenExtensionIsLowerCased_andNameKeptAsSent() {
        FileName name = FileName.sanitize("SCAN_2024.PDF");
        assertThat(name.extension()).contains("pdf");
        assertThat(name.value()).isEqualTo("SCAN_2024.PDF");
        assertThat(FileName.sanitize("Photo.JpEg").extension()).contains("jpeg");
    }

    @Test
    void givenNoOrTrailingDot_thenNoExtension() {
        assertThat(FileName.sanitize("README").extension()).isEmpty();
        assertThat(FileName.sanitize("report.").extension()).isEmpty();
        assertThat(FileName.sanitize("archive.tar.gz").extension()).contains("gz");
    }

    @Test
    void givenUnicodeLetters_whenSanitized_thenKept() {
        assertThat(FileName.sanitize("relevé-bancaire_é.pdf").value()).isEqualTo("relevé-bancaire_é.pdf");
        assertThat(FileName.sanitize("护照.png").value()).isEqualTo("护照.png");
    }
}
