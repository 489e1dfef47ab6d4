package dev.dossier.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixedIdsTest {

    @Test
    void givenZeroAndMaxUuids_whenEncoded_thenPaddedTo22Base62Digits() {
        assertThat(PrefixedIds.encode("d_", new UUID(0, 0))).isEqualTo("d_0000000000000000000000");
        assertThat(PrefixedIds.encode("d_", new UUID(0, 61))).isEqualTo("d_000000000000000000000z");
        assertThat(PrefixedIds.encode("d_", new UUID(0, 62))).isEqualTo("d_0000000000000000000010");
        // 2^128 - 1 in base62
        assertThat(PrefixedIds.encode("sr_", new UUID(-1, -1))).isEqualTo("sr_7n42DGM5Tflk9n8mt7Fhc7");
    }

    @RepeatedTest(50)
    void givenRandomUuid_whenEncodedAndDecoded_thenTheSameUuid() {
        UUID id = UUID.randomUUID();
        String encoded = PrefixedIds.encode("w_", id);

        assertThat(encoded).hasSize(24).matches("w_[0-9A-Za-z]{22}");
        assertThat(PrefixedIds.decode("w_", encoded)).isEqualTo(id);
    }

    @Test
    void givenPlainUuid_whenDecoded_thenAccepted() {
        UUID id = UUID.randomUUID();
        assertThat(PrefixedIds.decode("rd_", id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "d_",
                "d_abc",
                "sr_0000000000000000000000",
                "d_000000000000000000000!",
                "d_zzzzzzzzzzzzzzzzzzzzzz",
                "not-a-uuid",
                "d_00000000000000000000000"
            })
    void givenMalformedOrWrongPrefix_whenDecoded_thenRefused(String value) {
        assertThatThrownBy(() -> PrefixedIds.decode("d_", value)).isInstanceOf(IllegalArgumentException.class);
    }
}
