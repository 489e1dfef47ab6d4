package dev.dossier.application.port.in.directupload;

import dev.dossier.application.port.out.PresignedUpload;
import dev.dossier.domain.directupload.DirectUpload;

/** A new pending upload and the signed form its bytes go up with. */
public record CreatedDirectUpload(DirectUpload upload, PresignedUpload form) {}
