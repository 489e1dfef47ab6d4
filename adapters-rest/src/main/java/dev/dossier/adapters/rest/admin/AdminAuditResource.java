package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.audit.ListAuditEventsQuery;
import dev.dossier.application.port.in.audit.ListAuditEventsUseCase;
import dev.dossier.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API: a tenant's audit trail, and the check of its hash chain. */
@Path("/api/admin/tenants/{tenantId}/audit-events")
@ApplicationScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminAuditResource {
    @Inject
    ListAuditEventsUseCase listEvents;

    @Inject
    VerifyAuditTrailUseCase verifyTrail;

    @GET
    @Operation(
            summary = "List a tenant's audit events",
            description = "Every change of every document, every access to a confidential one, malware hits and "
                    + "erasures, newest first, each with its hash in the tenant's chain. Filter: document_id. "
                    + "Cursor-paginated: after, before, page_size (default 50, max 100).")
    public CursorPageJson<AuditEventJson> list(
            @PathParam("tenantId") String tenantId,
            @QueryParam("document_id") String documentId,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        TenantId tenant = tenant(tenantId);
        Optional<DocumentId> document = Optional.empty();
        if (documentId != null && !documentId.isBlank()) {
            try {
                document = Optional.of(DocumentId.parse(documentId));
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("document_id", "Must be a valid UUID.");
            }
        }
        var page =
                listEvents.list(new ListAuditEventsQuery(tenant, document, PageRequest.parse(after, before, pageSize)));
        return CursorPageJson.from(page, AuditEventJson::from);
    }

    @GET
    @Path("verify")
    @Operation(
            summary = "Verify a tenant's audit trail",
            description = "Walks the tenant's hash chain from its first event: valid, with the number of events "
                    + "checked, or the first event that was changed, or follows a removed or reordered one.")
    public AuditVerificationJson verify(@PathParam("tenantId") String tenantId) {
        return AuditVerificationJson.from(verifyTrail.verify(tenant(tenantId)));
    }

    private static TenantId tenant(String tenantId) {
        try {
            return TenantId.parse(tenantId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("tenant");
        }
    }
}
