package dev.dossier.adapters.rest.business;

import dev.dossier.application.port.in.business.BusinessDocument;
import dev.dossier.domain.document.Document;
import dev.dossier.domain.document.Review;
import dev.dossier.domain.document.UserData;
import dev.dossier.domain.document.VerificationStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The business surface's document object. {@code verified_at}, {@code rejected_at},
 * {@code rejection_reason} and {@code download_url} appear only where they apply.
 */
@JsonbPropertyOrder({
    "id",
    "businessId",
    "filename",
    "type",
    "status",
    "mimeType",
    "sizeBytes",
    "userData",
    "createdAt",
    "updatedAt",
    "verifiedAt",
    "rejectedAt",
    "rejectionReason",
    "downloadUrl"
})
public record BusinessDocumentJson(
        String id,
        String businessId,
        String filename,
        String type,
        String status,
        String mimeType,
        long sizeBytes,
        JsonObject userData,
        String createdAt,
        String updatedAt,
        @JsonbNillable(false) String verifiedAt,
        @JsonbNillable(false) String rejectedAt,
        @JsonbNillable(false) String rejectionReason,
        @JsonbNillable(false) String downloadUrl) {
    /** The references' times: UTC with milliseconds, {@code 2022-01-01T00:00:00.000Z}. */
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The id alone, which equal documents share: JSON-B's recursion check hashes every object it writes,
     * and a record's own hash would read every field of every document of a page, twice.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    static BusinessDocumentJson from(BusinessDocument b) {
        return from(b, null);
    }

    static BusinessDocumentJson from(BusinessDocument b, String downloadUrl) {
        Document d = b.document();
        Review review = d.review();
        boolean verified = review.status() == VerificationStatus.VERIFIED;
        boolean rejected = review.status() == VerificationStatus.REJECTED;
        String businessId = d.owner() instanceof dev.dossier.domain.document.DocumentOwner.Entity e
                ? BusinessParams.urn(e.entityId().value())
                : null;
        return new BusinessDocumentJson(
                BusinessParams.urn(d.id().value()),
                businessId,
                d.file().name().value(),
                d.businessType().wireName(),
                b.status().wireName(),
                d.file().contentType(),
                d.file().size(),
                userData(d),
                time(d.createdAt()),
                time(d.updatedAt()),
                verified ? time(review.decidedAt()) : null,
                rejected ? time(review.decidedAt()) : null,
                rejected ? review.rejectionReason() : null,
                downloadUrl);
    }

    static String time(Instant instant) {
        return instant == null ? null : MILLIS.format(instant);
    }

    /**
     * The stored user data as an object ({@code {}} when none); a document uploaded through the Library
     * with an expiry date shows it as {@code user_data.expiry_date}, as a business upload would have set it.
     */
    private static JsonObject userData(Document d) {
        JsonObject stored;
        try (JsonReader reader = Json.createReader(
                new StringReader(d.userData().map(UserData::json).orElse("{}")))) {
            stored = reader.readObject();
        }
        if (d.expiryDate().isEmpty() || stored.containsKey("expiry_date")) {
            return stored;
        }
        JsonObjectBuilder b = Json.createObjectBuilder(stored);
        b.add("expiry_date", d.expiryDate().get().toString());
        return b.build();
    }
}
