package dev.dossier.adapters.rest.business;

import dev.dossier.application.port.in.business.BusinessDocumentPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One offset page of a business's documents. */
@JsonbPropertyOrder({"documents", "totalCount", "limit", "offset"})
public record BusinessDocumentListJson(List<BusinessDocumentJson> documents, long totalCount, int limit, int offset) {
    static BusinessDocumentListJson from(BusinessDocumentPage page) {
        return new BusinessDocumentListJson(
                page.documents().stream().map(BusinessDocumentJson::from).toList(),
                page.totalCount(),
                page.limit(),
                page.offset());
    }
}
