package dev.dossier.application.port.in.hold;

import dev.dossier.application.port.in.auth.Caller;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.LegalHold;

/**
 * Use case: legal holds on an entity or a document of the caller's tenant (scope {@code
 * legal_hold}). An unknown target, or another tenant's, is a {@code NotFoundException}.
 */
public interface LegalHoldUseCase {
    /** Places (or replaces) the hold. */
    LegalHold place(Caller caller, HoldTarget target, String reason);

    /** The target's hold; {@code NotFoundException} when there is none. */
    LegalHold get(Caller caller, HoldTarget target);

    /** Lifts the hold; {@code NotFoundException} when there is none. */
    void lift(Caller caller, HoldTarget target);
}
