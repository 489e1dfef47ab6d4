package dev.dossier.application.service.document;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.document.DocumentPage;
import dev.dossier.application.port.in.document.ListDocumentsQuery;
import dev.dossier.application.port.in.document.ListDocumentsUseCase;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.entity.Entity;
import dev.dossier.domain.tenant.Scope;
import java.util.Optional;

/** Use case: list an owner's documents, newest first, with the number matching the filter. */
public final class ListDocumentsService implements ListDocumentsUseCase {
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final UnitOfWork tx;

    public ListDocumentsService(DocumentRepository documents, EntityRepository entities, UnitOfWork tx) {
        this.documents = documents;
        this.entities = entities;
        this.tx = tx;
    }

    @Override
    public DocumentPage list(ListDocumentsQuery q) {
        q.caller().require(Scope.DOCUMENTS);
        return tx.inTransaction(() -> {
            Optional<Entity> entity = Optional.empty();
            if (q.owner() instanceof DocumentOwner.Entity e) {
                entity = Optional.of(entities.findById(q.caller().tenantId(), e.entityId())
                        .orElseThrow(() -> new NotFoundException("entity")));
            }
            DocumentFilter filter = new DocumentFilter(q.caller().tenantId(), q.owner(),
                    q.documentType().map(String::strip).filter(t -> !t.isEmpty()));
            return new DocumentPage(documents.count(filter), documents.list(filter, q.limit()), entity);
        });
    }
}
