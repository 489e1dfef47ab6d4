package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.document.Document;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Objects;

/** The Library's Document object. */
@JsonbPropertyOrder({
    "id",
    "name",
    "size",
    "contentType",
    "documentTypeName",
    "classification",
    "uploadedByEmail",
    "createdAt",
    "expiryDate"
})
public record DocumentJson(
        String id,
        String name,
        long size,
        String contentType,
        String documentTypeName,
        String classification,
        String uploadedByEmail,
        String createdAt,
        String expiryDate) {
    /**
     * The id alone, which equal documents share: JSON-B's recursion check hashes every object it writes,
     * and a record's own hash would read every field of every document of a page, twice.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    public static DocumentJson from(Document d) {
        return new DocumentJson(
                d.id().toString(),
                d.file().name().value(),
                d.file().size(),
                d.file().contentType(),
                d.documentType(),
                d.classification().wireName(),
                d.uploadedBy(),
                Timestamps.utc(d.createdAt()),
                d.expiryDate().map(Timestamps::date).orElse(null));
    }
}
