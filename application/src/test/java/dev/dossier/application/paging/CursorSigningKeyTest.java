package dev.dossier.application.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dossier.application.fakes.DirectUnitOfWork;
import dev.dossier.application.fakes.InMemoryServerSecretRepository;
import dev.dossier.application.fakes.SequenceSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CursorSigningKeyTest {
    private final InMemoryServerSecretRepository secrets = new InMemoryServerSecretRepository();
    private final SequenceSecretGenerator generator = new SequenceSecretGenerator();
    private final DirectUnitOfWork tx = new DirectUnitOfWork();

    @Test
    void givenNoStoredSecret_whenFirstUsed_thenACandidateIsStoredInATransactionAndUsed() {
        CursorSigningKey key = new CursorSigningKey(secrets, generator, tx);
        assertThat(secrets.calls()).as("nothing happens before first use").isZero();

        byte[] k = key.get();

        assertThat(new String(k, StandardCharsets.UTF_8))
                .isEqualTo(generator.last())
                .startsWith("csk_");
        assertThat(secrets.all()).containsEntry("cursor-signing-key", generator.last());
        assertThat(tx.committed()).isEqualTo(1);
    }

    @Test
    void givenSecretStoredByAnotherInstance_whenUsed_thenThatOneIsUsed() {
        secrets.getOrCreate("cursor-signing-key", "stored-by-instance-1");
        CursorSigningKey key = new CursorSigningKey(secrets, generator, tx);
        assertThat(key.get()).isEqualTo("stored-by-instance-1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenManyThreads_whenUsedAtOnce_thenTheRepositoryIsAskedOnceAndAllGetTheSameKey() throws Exception {
        CursorSigningKey key = new CursorSigningKey(secrets, generator, tx);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(key::get);
            }
            List<byte[]> keys = new ArrayList<>();
            for (Future<byte[]> f : pool.invokeAll(calls)) {
                keys.add(f.get());
            }
            assertThat(keys).allSatisfy(k -> assertThat(k).isEqualTo(keys.get(0)));
            assertThat(secrets.calls()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenRepositoryFailure_whenUsed_thenItFails_andTheNextUseTriesAgain() {
        CursorSigningKey key = new CursorSigningKey(secrets, generator, tx);
        secrets.failWith(new IllegalStateException("database down"));
        assertThatThrownBy(key::get).hasMessage("database down");
        secrets.failWith(null);
        assertThat(key.get()).isNotEmpty();
        assertThat(secrets.calls()).isEqualTo(2);
    }

    @Test
    void givenKey_whenTheReturnedArrayIsChanged_thenTheKeyIsNot() {
        CursorSigningKey key = new CursorSigningKey(secrets, generator, tx);
        byte[] first = key.get();
        first[0] ^= 1;
        assertThat(key.get()).isNotEqualTo(first);
    }
}
