package dev.dossier.application.fakes;

import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.application.service.crypto.DataKeys;
import dev.dossier.application.service.crypto.DocumentSealing;

/** Test support: document sealing over the fakes of the key and cipher ports. */
public final class Sealings {
    private Sealings() {}

    public static DocumentSealing over(
            InMemoryDataKeyRepository keys,
            FakeKeyWrapping wrapping,
            FakeContentCipher cipher,
            TimeSource time,
            UnitOfWork tx) {
        return new DocumentSealing(new DataKeys(keys, wrapping, cipher, time, tx), cipher);
    }

    /** Sealing over fresh fakes, for tests that do not look at the keys. */
    public static DocumentSealing fresh(TimeSource time, UnitOfWork tx) {
        return over(new InMemoryDataKeyRepository(), new FakeKeyWrapping(), new FakeContentCipher(), time, tx);
    }
}
