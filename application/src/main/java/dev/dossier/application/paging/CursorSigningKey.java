package dev.dossier.application.paging;

import dev.dossier.application.port.out.SecretGenerator;
import dev.dossier.application.port.out.ServerSecretRepository;
import dev.dossier.application.port.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The key cursors are signed with: one secret that every server instance shares, kept by
 * {@link ServerSecretRepository} (the database), created by whichever instance needs it first, and
 * read once per instance. A failed read is not remembered: the next use tries again.
 */
public final class CursorSigningKey implements Supplier<byte[]> {
    /** The secret's name in the repository. */
    public static final String NAME = "cursor-signing-key";

    private final ServerSecretRepository secrets;
    private final SecretGenerator generator;
    private final UnitOfWork tx;
    private volatile byte[] key;

    public CursorSigningKey(ServerSecretRepository secrets, SecretGenerator generator, UnitOfWork tx) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public byte[] get() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    String candidate = generator.newSecret("csk_");
                    String secret = tx.inTransaction(() -> secrets.getOrCreate(NAME, candidate));
                    k = secret.getBytes(StandardCharsets.UTF_8);
                    key = k;
                }
            }
        }
        return k.clone();
    }
}
