package dev.dossier.application.fakes;

import dev.dossier.application.service.hold.LegalHolds;
import java.util.List;

/** The legal-hold check for services under test that hold nothing. */
public final class Holds {
    private Holds() {}

    /** A check over an empty hold repository: nothing is held. */
    public static LegalHolds none() {
        return new LegalHolds(new InMemoryLegalHoldRepository(entity -> List.of()));
    }
}
