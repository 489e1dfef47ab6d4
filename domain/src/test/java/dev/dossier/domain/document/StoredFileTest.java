package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.tenant.TenantId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredFileTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static StoredFile withSha(String sha256) {
        return new StoredFile(
                FileName.sanitize("statement.pdf"),
                "application/pdf",
                10,
                sha256,
                StorageKey.generate(TenantId.generate()));
    }

    @ParameterizedTest
    @ValueSource(strings = {SHA, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"})
    void givenSixtyFourLowerCaseHexDigits_thenAccepted(String sha256) {
        assertThat(withSha(sha256).sha256()).isEqualTo(sha256);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
                "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcde 0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcde/0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcde:0123456789abcdef0123456789abcdef0123456789abcdef",
                "0123456789abcde`0123456789abcdef0123456789abcdef0123456789abcdef"
            })
    void givenAnythingElse_thenRefused(String sha256) {
        assertThatThrownBy(() -> withSha(sha256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sha256 must be 64 lower-case hex digits");
    }
}
