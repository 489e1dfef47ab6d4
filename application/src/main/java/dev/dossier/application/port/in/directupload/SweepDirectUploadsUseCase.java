package dev.dossier.application.port.in.directupload;

/**
 * Use case: the background sweep. Claims a batch of uploads no other instance is working on,
 * promotes the ones whose bytes have arrived and pass the checks, fails the rest that are bad or
 * expired, and clears stray quarantined bytes of settled uploads.
 */
public interface SweepDirectUploadsUseCase {
    /** @return how many uploads this call worked on */
    int sweep();
}
