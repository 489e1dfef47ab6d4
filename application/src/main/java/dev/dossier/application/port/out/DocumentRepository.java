package dev.dossier.application.port.out;

import dev.dossier.application.paging.KeysetRequest;
import dev.dossier.application.paging.KeysetSlice;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.DocumentId;
import dev.dossier.domain.document.StorageKey;
import dev.dossier.domain.document.VerificationStatus;
import dev.dossier.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Port: document metadata. */
public interface DocumentRepository {
    /** Inserts a new document or updates a known one. */
    void save(Document document);

    /** Empty when the document is missing or belongs to another tenant. */
    Optional<Document> findById(TenantId tenantId, DocumentId id);

    /**
     * Like {@link #findById} but locks the row until the transaction ends, so that whatever else
     * wants to attach, detach or delete the document waits and then sees this transaction's outcome.
     * Every change of a document's attachments takes this lock first.
     */
    Optional<Document> lockById(TenantId tenantId, DocumentId id);

    /**
     * The newest {@code limit} documents the filter selects ({@code created_at} descending, ties by id
     * descending) and how many it selects (as {@link #count}), read together: a list and its count in
     * one round trip, from one snapshot.
     */
    DocumentsWithTotal newest(DocumentFilter filter, int limit);

    /**
     * One keyset page of the filter's documents, newest first ({@code created_at} descending, ties by
     * id descending): the {@code request.size()} documents next to its position in its direction, and
     * whether documents lie beyond them on either side (see {@link KeysetSlice}).
     */
    KeysetSlice<Document> page(DocumentFilter filter, KeysetRequest request);

    long count(DocumentFilter filter);

    void delete(TenantId tenantId, DocumentId id);

    /**
     * One page of a business's documents matching the query, newest first; the status filter is applied by the query.
     */
    List<Document> listForBusiness(BusinessDocumentQuery query);

    /**
     * The same selection ordered the other way, oldest first (ties by id ascending), its offset counted
     * from the oldest: a page near the end of the newest-first order skips fewer rows from this end.
     */
    List<Document> listForBusinessOldestFirst(BusinessDocumentQuery query);

    /** How many of a business's documents match the query's type and status (offset and limit ignored). */
    long countForBusiness(BusinessDocumentQuery query);

    /**
     * Writes a reviewed document's decision (status, when, who, why, updated-at) only if its stored
     * status is still {@code expected}, in one conditional update: of concurrent reviews of one
     * document exactly one is written.
     *
     * @return whether the decision was written
     */
    boolean saveReview(Document reviewed, VerificationStatus expected);

    /** Up to {@code limit} documents, of every tenant, whose objects are stored in clear; oldest first. */
    List<Document> storedInClear(int limit);

    long countStoredInClear();

    /**
     * Records that {@code document}'s bytes now live, encrypted, under its file's storage key, if its
     * stored key is still {@code expected}: of two instances encrypting one object, one is recorded.
     *
     * @return whether it was recorded
     */
    boolean replaceStoredFile(Document document, StorageKey expected);
}
