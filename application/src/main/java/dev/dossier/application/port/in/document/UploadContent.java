package dev.dossier.application.port.in.document;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an upload as the driving adapter received them: already bounded (an adapter
 * stops reading one byte past the limit, so {@link #size()} tells an oversized upload without
 * holding it) and readable more than once.
 */
public interface UploadContent {
    /** Bytes received; more than the limit means the upload was cut off there. */
    long size();

    InputStream open() throws IOException;
}
