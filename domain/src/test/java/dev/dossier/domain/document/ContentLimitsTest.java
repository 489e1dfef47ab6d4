package dev.dossier.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.domain.document.ContentLimits.ArchiveTally;
import org.junit.jupiter.api.Test;

class ContentLimitsTest {

    @Test
    void givenRatios_thenOnlyBeyondOneHundredToOneIsTooHigh() {
        assertThat(ContentLimits.tooHighlyCompressed(1_000, 100_000)).isFalse();
        assertThat(ContentLimits.tooHighlyCompressed(1_000, 100_001)).isTrue();
        assertThat(ContentLimits.tooHighlyCompressed(0, 1)).isTrue();
        assertThat(ContentLimits.tooHighlyCompressed(0, 0)).isFalse();
        assertThat(ContentLimits.tooHighlyCompressed(Long.MAX_VALUE / 50, Long.MAX_VALUE))
                .isFalse();
    }

    @Test
    void givenImageSizes_thenOnlyBeyondOneHundredMegapixelsIsTooLarge() {
        assertThat(ContentLimits.tooManyPixels(10_000, 10_000)).isFalse();
        assertThat(ContentLimits.tooManyPixels(10_000, 10_001)).isTrue();
        assertThat(ContentLimits.tooManyPixels(20_000, 10_000)).isTrue();
        assertThat(ContentLimits.tooManyPixels(0xFFFF_FFFFL, 0xFFFF_FFFFL)).isTrue();
        assertThat(ContentLimits.tooManyPixels(1, 1)).isFalse();
    }

    @Test
    void givenTenThousandEntries_thenTheNextOneIsTooMany() {
        ArchiveTally tally = new ArchiveTally();
        for (int i = 0; i < 10_000; i++) {
            assertThat(tally.add(10, 100)).isEmpty();
        }
        assertThat(tally.add(10, 100)).contains(ContentProblem.TOO_MANY_ENTRIES);
    }

    @Test
    void givenEntriesAddingUpPast100MiB_thenTooLargeUnpacked() {
        ArchiveTally tally = new ArchiveTally();
        assertThat(tally.add(1 << 20, 100L << 20)).isEmpty();
        assertThat(tally.add(1, 1)).contains(ContentProblem.TOO_LARGE_UNPACKED);
    }

    @Test
    void givenOneEntryBeyond100To1_thenTooHighlyCompressed() {
        assertThat(new ArchiveTally().add(1_000, 1_000_000)).contains(ContentProblem.TOO_HIGHLY_COMPRESSED);
    }
}
