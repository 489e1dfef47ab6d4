package dev.dossier.application.port.out;

/**
 * Port: counts what operators watch (uploads, downloads, links, integrity failures, malware hits).
 * Called by the use cases where these happen, including background work such as the direct-upload
 * sweep; the adapter behind it exports the counts (the metrics endpoint). Never given anything
 * personal: only that something happened and, for transfers, how many bytes.
 */
public interface OperationsMeter {
    /** A document was stored: {@code bytes} of the file as uploaded (before encryption). */
    void uploaded(long bytes);

    /** A download delivered all {@code bytes} of a file and they matched the recorded hash. */
    void downloaded(long bytes);

    /** A single-use download link was issued. */
    void linkIssued();

    /** A download link was redeemed (its bytes are being served). */
    void linkRedeemed();

    /** Stored bytes did not match what was uploaded: a served file failed its integrity check. */
    void integrityFailure();

    /** A malware scan found a signature, in a direct upload or a posted file. */
    void malwareFound();
}
