package dev.dossier.application.fakes;

import dev.dossier.application.port.out.SecretGenerator;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link SecretGenerator}: predictable, distinct secrets, each remembered. */
public final class SequenceSecretGenerator implements SecretGenerator {
    private final List<String> issued = new ArrayList<>();
    private int byteCalls;

    @Override
    public synchronized String newSecret(String prefix) {
        String secret = prefix + "secret" + String.format("%04d", issued.size() + 1) + "XyZ0123456789abcdefghij";
        issued.add(secret);
        return secret;
    }

    /** Bytes counting up from the number of calls, so each call differs. */
    @Override
    public synchronized byte[] randomBytes(int count) {
        byteCalls++;
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (byteCalls + i);
        }
        return bytes;
    }

    public synchronized List<String> issued() {
        return new ArrayList<>(issued);
    }

    public synchronized String last() {
        return issued.get(issued.size() - 1);
    }
}
