package dev.dossier.application.fakes;

import dev.dossier.application.paging.KeysetPosition;
import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.application.port.out.BusinessDocumentQuery;
import dev.dossier.application.port.out.DocumentFilter;
import dev.dossier.application.port.out.DocumentRepository;
import dev.dossier.application.port.out.DocumentsWithTotal;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.DocumentOwner;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link DocumentRepository}; {@link #failSavesWith} makes every save throw. */
public final class InMemoryDocumentRepository implements DocumentRepository {
    private static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(Document::createdAt)
            .thenComparing(d -> d.id().value().toString())
            .reversed();

    private final Map<DocumentId, Document> rows = new LinkedHashMap<>();
    private final Map<DocumentId, VerificationStatus> storedStatus = new LinkedHashMap<>();
    private RuntimeException saveFailure;
    private int saves;
    private int reviewSaves;
    private boolean loseNextReview;
    private int oldestFirstReads;

    public synchronized void failSavesWith(RuntimeException failure) {
        this.saveFailure = failure;
    }

    @Override
    public synchronized void save(Document document) {
        saves++;
        if (saveFailure != null) {
            throw saveFailure;
        }
        rows.put(document.id(), document);
        storedStatus.put(document.id(), document.review().status());
    }

    @Override
    public synchronized Optional<Document> findById(TenantId tenantId, DocumentId id) {
        return Optional.ofNullable(rows.get(id)).filter(d -> d.tenantId().equals(tenantId));
    }

    @Override
    public synchronized Optional<Document> lockById(TenantId tenantId, DocumentId id) {
        return findById(tenantId, id);
    }

    @Override
    public synchronized DocumentsWithTotal newest(DocumentFilter filter, int limit) {
        List<Document> newest = rows.values().stream()
                .filter(d -> matches(filter, d))
                .sorted(NEWEST_FIRST)
                .limit(Math.max(limit, 0))
                .toList();
        return new DocumentsWithTotal(newest, count(filter));
    }

    @Override
    public synchronized KeysetSlice<Document> page(DocumentFilter filter, KeysetRequest request) {
        return InMemoryKeyset.slice(
                rows.values().stream().filter(d -> matches(filter, d)).toList(),
                d -> new KeysetPosition(d.createdAt(), d.id().value()),
                request);
    }

    @Override
    public synchronized long count(DocumentFilter filter) {
        return rows.values().stream().filter(d -> matches(filter, d)).count();
    }

    @Override
    public synchronized void delete(TenantId tenantId, DocumentId id) {
        findById(tenantId, id).ifPresent(d -> rows.remove(id));
    }

    @Override
    public synchronized List<Document> listForBusiness(BusinessDocumentQuery q) {
        return businessPage(q, NEWEST_FIRST);
    }

    @Override
    public synchronized List<Document> listForBusinessOldestFirst(BusinessDocumentQuery q) {
        oldestFirstReads++;
        return businessPage(q, NEWEST_FIRST.reversed());
    }

    private List<Document> businessPage(BusinessDocumentQuery q, Comparator<Document> order) {
        return rows.values().stream()
                .filter(d -> matches(q, d))
                .sorted(order)
                .skip(q.offset())
                .limit(q.limit())
                .toList();
    }

    /** How many business pages were read from the oldest end. */
    public synchronized int oldestFirstReads() {
        return oldestFirstReads;
    }

    @Override
    public synchronized long countForBusiness(BusinessDocumentQuery q) {
        return rows.values().stream().filter(d -> matches(q, d)).count();
    }

    /**
     * Conditional on the status last written by {@link #save} or here (the fake hands out its own
     * instances, so the document passed in may already carry the new status).
     */
    @Override
    public synchronized boolean saveReview(Document reviewed, VerificationStatus expected) {
        VerificationStatus current = storedStatus.get(reviewed.id());
        Document stored = rows.get(reviewed.id());
        if (loseNextReview) {
            loseNextReview = false;
            return false;
        }
        if (stored == null || !stored.tenantId().equals(reviewed.tenantId()) || current != expected) {
            return false;
        }
        storedStatus.put(reviewed.id(), reviewed.review().status());
        rows.put(reviewed.id(), reviewed);
        reviewSaves++;
        return true;
    }

    @Override
    public synchronized List<Document> storedInClear(int limit) {
        return rows.values().stream()
                .filter(d -> d.file().sealedWith().isEmpty())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long countStoredInClear() {
        return rows.values().stream()
                .filter(d -> d.file().sealedWith().isEmpty())
                .count();
    }

    @Override
    public synchronized boolean replaceStoredFile(Document document, StorageKey expected) {
        if (loseNextReplace) {
            loseNextReplace = false;
            return false;
        }
        Document stored = rows.get(document.id());
        if (stored == null || !stored.file().storageKey().equals(expected)) {
            return false;
        }
        rows.put(document.id(), document);
        return true;
    }

    private boolean loseNextReplace;

    /** Makes the next {@link #replaceStoredFile} find that another instance switched the document first. */
    public synchronized void loseNextReplaceRace() {
        loseNextReplace = true;
    }

    /** Makes the next {@link #saveReview} find that another review changed the status first. */
    public synchronized void loseNextReviewRace() {
        loseNextReview = true;
    }

    public synchronized int reviewSaveCalls() {
        return reviewSaves;
    }

    private static boolean matches(BusinessDocumentQuery q, Document d) {
        return d.tenantId().equals(q.tenantId())
                && d.isOwnedBy(DocumentOwner.entity(q.businessId()))
                && q.type().map(t -> t == d.businessType()).orElse(true)
                && q.status().map(s -> s == d.statusOn(q.today())).orElse(true);
    }

    private static boolean matches(DocumentFilter f, Document d) {
        return d.tenantId().equals(f.tenantId())
                && d.isOwnedBy(f.owner())
                && f.documentType()
                        .map(t -> t.toLowerCase(Locale.ROOT)
                                .equals(d.documentType().toLowerCase(Locale.ROOT)))
                        .orElse(true);
    }

    public synchronized List<Document> all() {
        return new ArrayList<>(rows.values());
    }

    public synchronized int saveCalls() {
        return saves;
    }
}
