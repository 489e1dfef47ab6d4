package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** StorageKey, StoredFile and Review: the small value objects of a document. */
class ValueObjectsTest {
    private static final TenantId TENANT = TenantId.parse("0b6a3c52-8a1f-4d1e-9c0e-1f2a3b4c5d6e");

    @Test
    void givenTenant_whenKeyGenerated_thenUnderTheTenantAndUnique() {
        StorageKey a = StorageKey.generate(TENANT);
        StorageKey b = StorageKey.generate(TENANT);
        assertThat(a.value()).startsWith("tenants/0b6a3c52-8a1f-4d1e-9c0e-1f2a3b4c5d6e/documents/");
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "tenants",
                "tenants/../etc/passwd",
                "/abs/key",
                "tenants/x/Report.pdf",
                "tenants/x/a b",
                "tenants//x",
                "tenants/x/",
                "te-nants/x",
                "-/x",
                "tenants/x.pdf",
                "tenants/X",
                "tenants/x\n",
                "tenants/é"
            })
    void givenUnsafeKey_whenBuilt_thenRefused(String value) {
        assertThatThrownBy(() -> new StorageKey(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "t0/x-y/-", "tenants/0b6a3c52-8a1f/documents/9f1e-0c2a"})
    void givenSafeKey_whenBuilt_thenKept(String value) {
        assertThat(new StorageKey(value).value()).isEqualTo(value);
    }

    @Test
    void givenBadDigestOrSize_whenStoredFileBuilt_thenRefused() {
        FileName name = FileName.sanitize("a.pdf");
        StorageKey key = StorageKey.generate(TENANT);
        assertThat(new StoredFile(name, "application/pdf", 0, "0".repeat(64), key).size())
                .isZero();
        assertThatThrownBy(() -> new StoredFile(name, "application/pdf", -1, "0".repeat(64), key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(name, "application/pdf", 1, "A".repeat(64), key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(name, "application/pdf", 1, "0".repeat(63), key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredFile(name, "application/pdf", 1, null, key))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenReview_thenOnlyConsistentDecisionsCanBeBuilt() {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(Review.pending().status()).isEqualTo(VerificationStatus.PENDING);
        assertThatThrownBy(() -> new Review(VerificationStatus.EXPIRED, at, "r", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review(VerificationStatus.PENDING, at, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review(VerificationStatus.VERIFIED, null, "r", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review(VerificationStatus.VERIFIED, at, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Review(VerificationStatus.REJECTED, at, "r", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenStatuses_thenWireNamesAreLowerCase() {
        assertThat(VerificationStatus.values())
                .extracting(VerificationStatus::wireName)
                .containsExactly("pending", "verified", "rejected", "expired");
    }
}
