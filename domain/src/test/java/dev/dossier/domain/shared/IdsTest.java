package dev.dossier.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.domain.attachment.AttachmentId;
import dev.dossier.domain.attachment.ResponseId;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.entity.EntityId;
import dev.dossier.domain.tenant.ApiKeyId;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {
    private static final String CANONICAL = "550e8400-e29b-41d4-a716-446655440000";

    private static final List<Function<String, ?>> PARSERS = List.of(
            DocumentId::parse,
            EntityId::parse,
            TenantId::parse,
            ApiKeyId::parse,
            AttachmentId::parse,
            ResponseId::parse);

    @Test
    void givenCanonicalUuid_whenParsedByEveryIdRecord_thenSameUuid() {
        UUID expected = UUID.fromString(CANONICAL);
        assertThat(DocumentId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(EntityId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(TenantId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(ApiKeyId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(AttachmentId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(ResponseId.parse(CANONICAL).value()).isEqualTo(expected);
        assertThat(DocumentId.parse(CANONICAL).toString()).isEqualTo(CANONICAL);
    }

    @Test
    void givenUpperCaseOrPaddedUuid_whenParsed_thenAccepted() {
        assertThat(Ids.parse(CANONICAL.toUpperCase())).isEqualTo(UUID.fromString(CANONICAL));
        assertThat(Ids.parse(" " + CANONICAL + " ")).isEqualTo(UUID.fromString(CANONICAL));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "garbage",
                "1-1-1-1-1",
                "550e8400e29b41d4a716446655440000",
                "550e8400-e29b-41d4-a716-4466554400000",
                "550e8400-e29b-41d4-a716-44665544000",
                "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                "550e8400-e29b-41d4-a716_446655440000",
                "0550e840-0e29b-41d4-a716-44665544000",
                "+50e8400-e29b-41d4-a716-446655440000",
                "urn:uuid:550e8400-e29b-41d4-a716-446655440000",
                "../../../../../../../etc/passwd0000"
            })
    void givenNonCanonicalOrGarbage_whenParsed_thenRefusedByEveryIdRecord(String value) {
        for (Function<String, ?> parser : PARSERS) {
            assertThatThrownBy(() -> parser.apply(value)).as(value).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void givenNull_whenIdBuilt_thenRefused() {
        assertThatThrownBy(() -> new DocumentId(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Ids.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenGenerate_thenDistinctRandomUuids() {
        assertThat(DocumentId.generate()).isNotEqualTo(DocumentId.generate());
        assertThat(DocumentId.generate().value().version()).isEqualTo(4);
    }
}
