package dev.dossier.application.port.in.crypto;

/** Use case (start-up): the configured master keys open the data keys already stored. */
public interface CheckMasterKeysUseCase {
    /**
     * @throws dev.dossier.application.port.out.KeyUnavailableException naming every master key that
     *     stored data keys need and that is missing or wrong
     */
    void check();
}
