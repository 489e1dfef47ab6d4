package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ServerSecretRepository;
import java.util.HashMap;
import java.util.Map;

/** Test fake of {@link ServerSecretRepository}: the first candidate per name wins; calls are counted. */
public final class InMemoryServerSecretRepository implements ServerSecretRepository {
    private final Map<String, String> secrets = new HashMap<>();
    private int calls;
    private RuntimeException failure;

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public synchronized String getOrCreate(String name, String candidate) {
        calls++;
        if (failure != null) {
            throw failure;
        }
        return secrets.computeIfAbsent(name, n -> candidate);
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized Map<String, String> all() {
        return new HashMap<>(secrets);
    }
}
