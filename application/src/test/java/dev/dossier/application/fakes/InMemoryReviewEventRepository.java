package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ReviewEventRepository;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.ReviewEvent;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Test fake of {@link ReviewEventRepository}. */
public final class InMemoryReviewEventRepository implements ReviewEventRepository {
    private final List<ReviewEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(ReviewEvent event) {
        events.add(event);
    }

    @Override
    public synchronized List<ReviewEvent> listForDocument(TenantId tenantId, DocumentId documentId) {
        return events.stream()
                .filter(e -> e.tenantId().equals(tenantId) && e.documentId().equals(documentId))
                .sorted(Comparator.comparing(ReviewEvent::occurredAt)
                        .thenComparing(e -> e.id().toString())
                        .reversed())
                .toList();
    }

    public synchronized List<ReviewEvent> all() {
        return List.copyOf(events);
    }
}
