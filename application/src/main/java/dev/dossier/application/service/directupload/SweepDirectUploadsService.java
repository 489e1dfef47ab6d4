package dev.dossier.application.service.directupload;

import dev.dossier.application.port.in.directupload.SweepDirectUploadsUseCase;

/** Use case: one round of the background sweep over direct uploads. */
public final class SweepDirectUploadsService implements SweepDirectUploadsUseCase {
    private final UploadSettler settler;
    private final int batchSize;

    public SweepDirectUploadsService(UploadSettler settler, DirectUploadSettings settings) {
        this.settler = settler;
        this.batchSize = settings.sweepBatch();
    }

    @Override
    public int sweep() {
        return settler.sweep(batchSize);
    }
}
