package dev.dossier.application.port.in.directupload;

import java.io.InputStream;
import java.util.Map;

/** Use case: take a signed upload form POSTed to Dossier itself (file-system storage) into quarantine. */
public interface ReceiveDirectUploadUseCase {
    /** @throws dev.dossier.application.port.out.UploadRefusedException when the form breaks its policy */
    void receive(Map<String, String> fields, InputStream file, long fileSize);
}
