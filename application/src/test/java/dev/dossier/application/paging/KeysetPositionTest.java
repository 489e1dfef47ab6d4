package dev.dossier.application.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetPositionTest {
    private static final Instant T = Instant.parse("2026-01-30T14:23:45.123456Z");

    private static KeysetPosition at(Instant t, String id) {
        return new KeysetPosition(t, UUID.fromString(id));
    }

    @Test
    void givenPositions_whenSorted_thenNewestFirstAndIdsAsUnsignedBytesDescending() {
        KeysetPosition newer = at(T.plusNanos(1000), "00000000-0000-0000-0000-000000000001");
        KeysetPosition highId = at(T, "ffffffff-0000-0000-0000-000000000000");
        KeysetPosition signedNegativeLsb = at(T, "7fffffff-ffff-ffff-8000-000000000000");
        KeysetPosition lowId = at(T, "7fffffff-ffff-ffff-0000-000000000000");
        KeysetPosition older = at(T.minusNanos(1000), "ffffffff-ffff-ffff-ffff-ffffffffffff");
        List<KeysetPosition> shuffled = new ArrayList<>(List.of(lowId, older, highId, newer, signedNegativeLsb));

        shuffled.sort(KeysetPosition.NEWEST_FIRST);

        assertThat(shuffled).containsExactly(newer, highId, signedNegativeLsb, lowId, older);
        assertThat(newer.isNewerThan(highId)).isTrue();
        assertThat(older.isOlderThan(lowId)).isTrue();
        assertThat(lowId.isOlderThan(lowId)).isFalse();
        assertThat(lowId.isNewerThan(lowId)).isFalse();
    }

    @Test
    void givenPosition_whenJustOlderAndJustNewer_thenTheAdjacentKeysOnEitherSide() {
        KeysetPosition p = at(T, "550e8400-e29b-41d4-a716-446655440000");
        assertThat(p.justOlder()).isEqualTo(at(T, "550e8400-e29b-41d4-a716-44665543ffff"));
        assertThat(p.justNewer()).isEqualTo(at(T, "550e8400-e29b-41d4-a716-446655440001"));
        assertThat(p.justOlder().isOlderThan(p)).isTrue();
        assertThat(p.justNewer().isNewerThan(p)).isTrue();
        assertThat(p.justOlder().justNewer()).isEqualTo(p);
        assertThat(p.justNewer().justOlder()).isEqualTo(p);
    }

    @Test
    void givenIdsAtTheEdgesOfTheirHalves_whenStepped_thenTheBorrowAndCarryCrossIntoTheHighHalf() {
        KeysetPosition lowHalfZero = at(T, "550e8400-e29b-41d4-0000-000000000000");
        assertThat(lowHalfZero.justOlder()).isEqualTo(at(T, "550e8400-e29b-41d3-ffff-ffffffffffff"));
        KeysetPosition lowHalfFull = at(T, "550e8400-e29b-41d4-ffff-ffffffffffff");
        assertThat(lowHalfFull.justNewer()).isEqualTo(at(T, "550e8400-e29b-41d5-0000-000000000000"));
        assertThat(lowHalfFull.justNewer().isNewerThan(lowHalfFull)).isTrue();
        assertThat(lowHalfZero.justOlder().isOlderThan(lowHalfZero)).isTrue();
    }

    @Test
    void givenTheLowestAndHighestIds_whenStepped_thenTheNeighbouringNanosecond() {
        KeysetPosition zero = at(T, "00000000-0000-0000-0000-000000000000");
        KeysetPosition max = at(T, "ffffffff-ffff-ffff-ffff-ffffffffffff");
        assertThat(zero.justOlder()).isEqualTo(at(T.minusNanos(1), "ffffffff-ffff-ffff-ffff-ffffffffffff"));
        assertThat(max.justNewer()).isEqualTo(at(T.plusNanos(1), "00000000-0000-0000-0000-000000000000"));
        assertThat(zero.justOlder().isOlderThan(zero)).isTrue();
        assertThat(max.justNewer().isNewerThan(max)).isTrue();
    }
}
