package dev.dossier.domain.token;

import dev.dossier.domain.shared.DomainException;

/** A download link that was used already or has expired. */
public final class TokenNotRedeemableException extends DomainException {
    public TokenNotRedeemableException() {
        super("This download link was used already or has expired.");
    }
}
