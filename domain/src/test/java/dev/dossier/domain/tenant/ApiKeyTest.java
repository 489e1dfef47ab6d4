package dev.dossier.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
    private static final TenantId TENANT = TenantId.generate();
    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");
    private static final String SECRET = "dsk_Zx81kLp0QmN3vB7cR2tY5uI9oP4aS6dF8gH1jK3lM5n";

    @Test
    void givenNoScopes_whenIssued_thenDocumentsScopeOnly() {
        assertThat(ApiKey.issue(TENANT, "ops@example.com", Set.of(), SECRET, NOW)
                        .scopes())
                .containsExactly(Scope.DOCUMENTS);
        assertThat(ApiKey.issue(TENANT, "ops@example.com", null, SECRET, NOW).scopes())
                .containsExactly(Scope.DOCUMENTS);
    }

    @Test
    void givenExplicitScopes_whenIssued_thenExactlyThose() {
        ApiKey key = ApiKey.issue(TENANT, "ops@example.com", EnumSet.of(Scope.REVIEW, Scope.CONFIDENTIAL), SECRET, NOW);
        assertThat(key.scopes()).containsExactlyInAnyOrder(Scope.REVIEW, Scope.CONFIDENTIAL);
        assertThat(key.has(Scope.REVIEW)).isTrue();
        assertThat(key.has(Scope.DOCUMENTS)).isFalse();
    }

    @Test
    void givenSecret_whenIssued_thenOnlyItsSha256HexIsKept() {
        ApiKey key = ApiKey.issue(TENANT, "ops@example.com", Set.of(), SECRET, NOW);
        assertThat(key.secretHash())
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(SECRET)
                .doesNotContain(SECRET);
        assertThat(key.secretHash()).isEqualTo(ApiKey.hashOf(SECRET));
        assertThat(key.toString()).doesNotContain(SECRET);
        assertThat(ApiKey.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(key.tenantId()).isEqualTo(TENANT);
        assertThat(key.createdAt()).isEqualTo(NOW);
    }

    @Test
    void givenTwoIssues_thenDistinctIds() {
        assertThat(ApiKey.issue(TENANT, "a@example.com", Set.of(), SECRET, NOW).id())
                .isNotEqualTo(ApiKey.issue(TENANT, "a@example.com", Set.of(), SECRET, NOW)
                        .id());
    }

    @Test
    void givenEmailWithSpaces_whenIssued_thenStripped() {
        assertThat(ApiKey.issue(TENANT, "  ops@example.com ", Set.of(), SECRET, NOW)
                        .email())
                .isEqualTo("ops@example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "not-an-email",
                "a@b",
                "@example.com",
                "ops@",
                "a b@example.com",
                "ops@@example.com",
                "ops@example.com\u0000"
            })
    void givenInvalidEmail_whenIssued_thenRefusedOnEmail(String email) {
        assertThatThrownBy(() -> ApiKey.issue(TENANT, email, Set.of(), SECRET, NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void givenEmailLongerThan254_whenIssued_thenRefusedOnEmail() {
        String email = "a".repeat(243) + "@example.com"; // 255
        assertThatThrownBy(() -> ApiKey.issue(TENANT, email, Set.of(), SECRET, NOW))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void givenScopeWireNames_thenLowerCase() {
        assertThat(Scope.fromWireName("confidential")).contains(Scope.CONFIDENTIAL);
        assertThat(Scope.fromWireName("admin")).isEmpty();
        assertThat(Scope.allowedWireNames()).isEqualTo("documents, review, confidential, legal_hold, webhooks");
    }
}
