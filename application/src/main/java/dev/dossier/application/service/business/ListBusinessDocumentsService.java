package dev.dossier.application.service.business;

import dev.dossier.application.error.NotFoundException;
import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.application.port.in.business.BusinessDocumentPage;
import dev.dossier.application.port.in.business.ListBusinessDocumentsQuery;
import dev.dossier.application.port.in.business.ListBusinessDocumentsUseCase;
import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.EntityRepository;
import dev.dossier.application.port.out.TimeSource;
import dev.dossier.application.port.out.UnitOfWork;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.tenant.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Use case: one offset page of a business's documents. The page and the total are read in one
 * transaction with one notion of today, so {@code expired} is decided by the query for both.
 */
public final class ListBusinessDocumentsService implements ListBusinessDocumentsUseCase {
    private final DocumentRepository documents;
    private final EntityRepository entities;
    private final TimeSource time;
    private final UnitOfWork tx;

    public ListBusinessDocumentsService(
            DocumentRepository documents, EntityRepository entities, TimeSource time, UnitOfWork tx) {
        this.documents = documents;
        this.entities = entities;
        this.time = time;
        this.tx = tx;
    }

    @Override
    public BusinessDocumentPage list(ListBusinessDocumentsQuery q) {
        q.caller().require(Scope.DOCUMENTS);
        LocalDate today = time.today();
        return tx.read(() -> {
            if (entities.findById(q.caller().tenantId(), q.businessId()).isEmpty()) {
                throw new NotFoundException("business");
            }
            BusinessDocumentQuery query = new BusinessDocumentQuery(
                    q.caller().tenantId(), q.businessId(), q.type(), q.status(), today, q.offset(), q.limit());
            long total = documents.countForBusiness(query);
            List<BusinessDocument> page = total <= q.offset()
                    ? List.of()
                    : pageOf(query, total).stream()
                            .map(d -> BusinessDocument.on(d, today))
                            .toList();
            return new BusinessDocumentPage(total, q.limit(), q.offset(), page);
        });
    }

    /**
     * An offset page costs the rows it skips, so a page nearer the oldest end is read from there and
     * turned around: the last page of a million documents skips none instead of all but a hundred.
     */
    private List<Document> pageOf(BusinessDocumentQuery query, long total) {
        long end = Math.min(total, (long) query.offset() + query.limit());
        long skippedFromOldest = total - end;
        if (skippedFromOldest >= query.offset()) {
            return documents.listForBusiness(query);
        }
        List<Document> page = new ArrayList<>(documents.listForBusinessOldestFirst(
                query.withPage((int) skippedFromOldest, (int) (end - query.offset()))));
        Collections.reverse(page);
        return page;
    }
}
