package dev.dossier.adapters.rest.admin;

import dev.dossier.adapters.rest.auth.AdminEndpoint;
import dev.dossier.adapters.rest.json.CursorPageJson;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.error.ValidationException;
import dev.dossier.application.paging.PageRequest;
import dev.dossier.application.port.in.audit.ListAuditEventsQuery;
import dev.dossier.application.port.in.audit.ListAuditEventsUseCase;
import dev.dossier.domain.audit.AuditEvent;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.tenant.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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

/** Admin API: a tenant's audit trail (confidential documents, malware hits). */
@Path("/api/admin/tenants/{tenantId}/audit-events")
@RequestScoped
@AdminEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@SecurityRequirement(name = "adminToken")
public class AdminAuditResource {
    @Inject
    ListAuditEventsUseCase listEvents;

    /**
     * One audit event: who (key and email; none for a link redemption), what, when, from where, on
     * which document or entity (a malware hit names no document), and a detail (a hit's signature).
     */
    @JsonbPropertyOrder({
        "id",
        "documentId",
        "entityId",
        "action",
        "detail",
        "actorKeyId",
        "actorEmail",
        "clientAddress",
        "occurredAt"
    })
    public record AuditEventJson(
            String id,
            String documentId,
            String entityId,
            String action,
            String detail,
            String actorKeyId,
            String actorEmail,
            String clientAddress,
            String occurredAt) {
        static AuditEventJson from(AuditEvent e) {
            return new AuditEventJson(
                    e.id().toString(),
                    e.documentId() == null ? null : e.documentId().toString(),
                    e.entityId() == null ? null : e.entityId().toString(),
                    e.action().wireName(),
                    e.detail(),
                    e.actorKeyId() == null ? null : e.actorKeyId().toString(),
                    e.actorEmail(),
                    e.clientAddress(),
                    Timestamps.utc(e.occurredAt()));
        }
    }

    @GET
    @Operation(
            summary = "List a tenant's audit events",
            description =
                    "Every read, link issue, link redemption and delete of a confidential document, newest first. "
                            + "Filter: document_id. Cursor-paginated: after, before, page_size (default 50, max 100).")
    public CursorPageJson<AuditEventJson> list(
            @PathParam("tenantId") String tenantId,
            @QueryParam("document_id") String documentId,
            @QueryParam("after") String after,
            @QueryParam("before") String before,
            @QueryParam("page_size") String pageSize) {
        TenantId tenant;
        try {
            tenant = TenantId.parse(tenantId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("tenant");
        }
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
}
