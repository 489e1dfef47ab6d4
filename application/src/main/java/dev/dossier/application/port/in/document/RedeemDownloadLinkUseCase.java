package dev.dossier.application.port.in.document;

/** Use case: redeem a download link; exactly one redemption of a token ever succeeds. */
public interface RedeemDownloadLinkUseCase {
    /** @throws dev.dossier.application.error.NotFoundException when unknown, used, expired or its document is gone */
    DownloadableContent redeem(String token, String clientAddress);

    default DownloadableContent redeem(String token) {
        return redeem(token, null);
    }
}
