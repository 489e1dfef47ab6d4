package dev.dossier.adapters.rest.directupload;

import dev.dossier.adapters.rest.auth.PublicEndpoint;
import dev.dossier.adapters.rest.multipart.MultipartForm;
import dev.dossier.adapters.rest.multipart.SpooledFile;
import dev.dossier.adapters.rest.multipart.UploadSpool;
import dev.dossier.application.port.in.directupload.ReceiveDirectUploadUseCase;
import dev.dossier.application.port.out.UploadRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dossier's own upload URL (file-system storage): takes the fields of a document.create form and
 * the file, as S3 would. No API key: the form's signature is the credential, and the store checks
 * it and every policy condition before it keeps a byte. 204 on success, like S3.
 */
@Path("/direct-uploads")
@ApplicationScoped
@PublicEndpoint
@Tag(name = "Direct uploads and workflows")
public class UploadReceiverResource {
    /** The form fields a policy may cover. */
    private static final List<String> FIELDS = List.of(
            "Content-Type",
            "key",
            "policy",
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Date",
            "X-Amz-Security-Token",
            "X-Amz-Signature",
            "x-amz-meta-document-id");

    @Inject
    ReceiveDirectUploadUseCase receive;

    @Inject
    UploadSpool spool;

    @POST
    @Operation(
            summary = "Upload a file with a document.create form (file-system storage)",
            description = "multipart/form-data: the presign_values fields, then file. 204 on success; 400 for a "
                    + "wrong size, 403 for a bad signature, an expired form or a changed field.")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return RpcErrors.call(() -> {
            try (MultipartForm form = MultipartForm.read(contentType, body, "file", spool)) {
                Map<String, String> fields = new LinkedHashMap<>();
                FIELDS.forEach(name -> form.field(name).ifPresent(value -> fields.put(name, value)));
                SpooledFile file = form.file()
                        .orElseThrow(() -> new UploadRefusedException(
                                UploadRefusedException.Reason.MALFORMED, "The form has no file field."));
                try (InputStream in = file.open()) {
                    receive.receive(fields, in, file.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return Response.noContent().build();
            }
        });
    }
}
