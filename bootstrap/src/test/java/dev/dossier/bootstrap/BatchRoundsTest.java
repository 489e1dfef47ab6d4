package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchRoundsTest {
    @Test
    void givenBatchesUntilEmpty_whenDrained_thenEveryBatchRunsAndTheSumIsReturned() {
        ArrayDeque<Integer> batches = new ArrayDeque<>(List.of(100, 100, 7, 0, 50));

        assertThat(BatchRounds.drain(batches::pop, Instant.now().plusSeconds(60)))
                .isEqualTo(207);
        assertThat(batches).containsExactly(50);
    }

    @Test
    void givenThePassedDeadline_whenDrained_thenOneBatchRunsAndCounts() {
        AtomicInteger calls = new AtomicInteger();

        assertThat(BatchRounds.drain(
                        () -> calls.incrementAndGet() * 10, Instant.now().minusSeconds(1)))
                .isEqualTo(10);
        assertThat(calls).hasValue(1);
    }
}
