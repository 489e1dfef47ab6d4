package dev.dossier.application.port.in.document;

import dev.dossier.application.port.out.StorableContent;

/**
 * The bytes of an upload as the driving adapter received them: already bounded (an adapter
 * stops reading one byte past the limit, so {@link #size()} tells an oversized upload without
 * holding it), hashed as they arrived, and readable more than once.
 */
public interface UploadContent extends StorableContent {
    /** Bytes received; more than the limit means the upload was cut off there. */
    @Override
    long size();
}
