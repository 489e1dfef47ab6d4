package dev.dossier.adapters.rest.errors;

import dev.dossier.domain.document.DocumentReferencedException;
import dev.dossier.domain.document.IllegalTransitionException;
import dev.dossier.domain.hold.HoldTarget;
import dev.dossier.domain.hold.UnderLegalHoldException;
import dev.dossier.domain.shared.DomainException;
import dev.dossier.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Translates rules the model refused into the Library/admin error bodies. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        if (e instanceof DocumentReferencedException) {
            return ErrorBodies.errorWithReason(400, "Cannot delete document.", e.getMessage());
        }
        if (e instanceof UnderLegalHoldException held) {
            String refused =
                    held.refused() == HoldTarget.Kind.ENTITY ? "Cannot delete entity." : "Cannot delete document.";
            return ErrorBodies.errorWithReason(409, refused, e.getMessage());
        }
        if (e instanceof InvalidValueException v) {
            return ErrorBodies.fields(Map.of(v.field(), List.of(v.getMessage())));
        }
        if (e instanceof IllegalTransitionException) {
            return ErrorBodies.detail(409, e.getMessage());
        }
        return ErrorBodies.detail(400, e.getMessage());
    }
}
