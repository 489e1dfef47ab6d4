package dev.dossier.application.fakes;

import dev.dossier.application.port.out.ExpiryNoticeRepository;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Test fake of {@link ExpiryNoticeRepository} over the documents fake: the notice columns as two maps. */
public final class InMemoryExpiryNoticeRepository implements ExpiryNoticeRepository {
    private final InMemoryDocumentRepository documents;
    private final Map<DocumentId, Instant> expiringSent = new HashMap<>();
    private final Map<DocumentId, Instant> expiredSent = new HashMap<>();

    public InMemoryExpiryNoticeRepository(InMemoryDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public synchronized List<Document> claimExpiring(LocalDate today, LocalDate horizon, Instant now, int limit) {
        return claim(
                expiringSent,
                d -> !d.expiryDate().orElseThrow().isBefore(today)
                        && !d.expiryDate().orElseThrow().isAfter(horizon),
                now,
                limit);
    }

    @Override
    public synchronized List<Document> claimExpired(LocalDate today, Instant now, int limit) {
        return claim(expiredSent, d -> d.expiryDate().orElseThrow().isBefore(today), now, limit);
    }

    private List<Document> claim(Map<DocumentId, Instant> sent, Predicate<Document> due, Instant now, int limit) {
        List<Document> claimed = documents.all().stream()
                .filter(d -> d.expiryDate().isPresent() && !sent.containsKey(d.id()) && due.test(d))
                .sorted(Comparator.comparing((Document d) -> d.expiryDate().orElseThrow())
                        .thenComparing(d -> d.id().value()))
                .limit(limit)
                .toList();
        claimed.forEach(d -> sent.put(d.id(), now));
        return claimed;
    }
}
