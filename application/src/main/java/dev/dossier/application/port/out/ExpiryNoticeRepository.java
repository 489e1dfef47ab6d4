package dev.dossier.application.port.out;

import dev.dossier.domain.document.Document;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: which documents' expiry notices are due, claimed once. Each claim is a conditional update
 * of the document's notice column, in the caller's transaction, so of several instances exactly
 * one gets each document; rows another transaction holds are skipped. Every tenant's documents.
 */
public interface ExpiryNoticeRepository {
    /**
     * Claims up to {@code limit} documents expiring from {@code today} to {@code horizon} (both
     * included) whose {@code document.expiring} was not sent, marking it sent at {@code now}.
     */
    List<Document> claimExpiring(LocalDate today, LocalDate horizon, Instant now, int limit);

    /**
     * Claims up to {@code limit} documents whose expiry date is before {@code today} and whose
     * {@code document.expired} was not sent, marking it sent at {@code now}.
     */
    List<Document> claimExpired(LocalDate today, Instant now, int limit);
}
