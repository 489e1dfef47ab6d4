package dev.dossier.application.fakes;

import dev.dossier.application.port.out.KeyUnavailableException;
import dev.dossier.application.port.out.KeyWrapping;
import dev.dossier.domain.crypto.WrappedKey;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Test implementation of {@link KeyWrapping}: the "wrapped" key is the key behind a hash of its
 * context, so a wrong context or an unknown master key fails as the real one does.
 */
public final class FakeKeyWrapping implements KeyWrapping {
    private String current;
    private final Set<String> known = new HashSet<>();
    private int unwraps;

    public FakeKeyWrapping() {
        this("mk-test");
    }

    public FakeKeyWrapping(String current) {
        rotateTo(current);
    }

    /** Makes {@code masterKeyId} the current master key; the previous ones still unwrap. */
    public void rotateTo(String masterKeyId) {
        current = masterKeyId;
        known.add(masterKeyId);
    }

    /** Forgets a master key, as a server started without it in its settings. */
    public void forget(String masterKeyId) {
        known.remove(masterKeyId);
    }

    public int unwraps() {
        return unwraps;
    }

    @Override
    public WrappedKey wrap(byte[] key, byte[] context) {
        return new WrappedKey(
                current,
                ByteBuffer.allocate(4 + key.length)
                        .putInt(Arrays.hashCode(context))
                        .put(key)
                        .array());
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, byte[] context) {
        if (!known.contains(wrapped.masterKeyId())) {
            throw new KeyUnavailableException("master key " + wrapped.masterKeyId() + " is not configured");
        }
        ByteBuffer in = ByteBuffer.wrap(wrapped.ciphertext());
        if (in.getInt() != Arrays.hashCode(context)) {
            throw new KeyUnavailableException("the wrapped key does not belong here");
        }
        unwraps++;
        byte[] key = new byte[in.remaining()];
        in.get(key);
        return key;
    }

    @Override
    public String currentMasterKeyId() {
        return current;
    }
}
