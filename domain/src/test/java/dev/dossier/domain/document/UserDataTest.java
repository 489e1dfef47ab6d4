package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.shared.InvalidValueException;
import dev.dossier.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserDataTest {

    @Test
    void givenObjectWithWhitespace_whenParsed_thenCanonicalTextKeepsOrderAndValues() {
        UserData u = UserData.parse(" {\n \"purpose\" : \"Identity verification\",\t\"n\": -1.5e3,"
                + " \"nested\": {\"a\": [1, true, null, \"x\"]}, \"empty\": {} } ");
        assertThat(u.json())
                .isEqualTo("{\"purpose\":\"Identity verification\",\"n\":-1.5e3,"
                        + "\"nested\":{\"a\":[1,true,null,\"x\"]},\"empty\":{}}");
        assertThat(u.expiryDate()).isEmpty();
    }

    @Test
    void givenEscapes_whenParsed_thenMinimallyReEscaped() {
        UserData u = UserData.parse("{\"q\": \"a\\\"b\\\\c\\/d\\u00e9\\n\\u0001\"}");
        assertThat(u.json()).isEqualTo("{\"q\":\"a\\\"b\\\\c/dé\\n\\u0001\"}");
    }

    @Test
    void givenExpiryDate_whenParsed_thenExposedAsDate() {
        assertThat(UserData.parse("{\"purpose\": \"x\", \"expiry_date\": \"2025-12-31\"}")
                        .expiryDate())
                .contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void givenNestedOrNullExpiryDate_whenParsed_thenNoExpiry() {
        assertThat(UserData.parse("{\"inner\": {\"expiry_date\": 5}}").expiryDate())
                .isEmpty();
        assertThat(UserData.parse("{\"expiry_date\": null}").expiryDate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"expiry_date\": \"31/12/2025\"}",
                "{\"expiry_date\": \"2025-02-30\"}",
                "{\"expiry_date\": 20251231}",
                "{\"expiry_date\": {\"y\": 2025}}"
            })
    void givenBadExpiryDate_whenParsed_thenRefusedOnUserData(String raw) {
        assertThatThrownBy(() -> UserData.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("user_data");
            assertThat(e.getMessage()).startsWith("expiry_date: Date has wrong format");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "[1,2]",
                "\"text\"",
                "42",
                "null",
                "{",
                "{\"a\":}",
                "{\"a\":1,}",
                "{a:1}",
                "{\"a\":1} x",
                "{\"a\":01}",
                "{\"a\":\"x\ny\"}",
                "{\"a\":1,\"a\":2}",
                "{\"a\":tru}",
                "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":-}",
                "{\"a\":1.}"
            })
    void givenNotAJsonObject_whenParsed_thenRefusedOnUserData(String raw) {
        assertThatThrownBy(() -> UserData.parse(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("user_data"));
    }

    @Test
    void givenDeepNesting_whenParsed_thenRefusedWithoutStackOverflow() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> UserData.parse(deep))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nested");
    }

    @Test
    void givenTooLong_whenParsed_thenRefusedNamingTheLimit() {
        String big = "{\"a\":\"" + "x".repeat(UserData.MAX_LENGTH) + "\"}";
        assertThatThrownBy(() -> UserData.parse(big))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Ensure this field has no more than 16384 characters.");
    }

    @Test
    void givenUserDataWithExpiry_whenUploaded_thenDocumentExpiresOnIt_unlessExplicitExpiryGiven() {
        TenantId tenant = TenantId.generate();
        StoredFile file = new StoredFile(
                FileName.sanitize("id.pdf"), "application/pdf", 10, "c".repeat(64), StorageKey.generate(tenant));
        UserData data = UserData.parse("{\"expiry_date\": \"2025-12-31\"}");
        Document fromUserData = Document.upload(
                DocumentId.generate(),
                tenant,
                DocumentOwner.library(),
                file,
                "Identification",
                null,
                "u@example.com",
                null,
                data,
                Instant.EPOCH);
        assertThat(fromUserData.expiryDate()).contains(LocalDate.of(2025, 12, 31));
        assertThat(fromUserData.userData()).contains(data);
        assertThat(fromUserData.businessType()).isEqualTo(BusinessType.IDENTIFICATION);

        Document explicit = Document.upload(
                DocumentId.generate(),
                tenant,
                DocumentOwner.library(),
                file,
                "Identification",
                null,
                "u@example.com",
                LocalDate.of(2030, 1, 1),
                data,
                Instant.EPOCH);
        assertThat(explicit.expiryDate()).contains(LocalDate.of(2030, 1, 1));
    }
}
