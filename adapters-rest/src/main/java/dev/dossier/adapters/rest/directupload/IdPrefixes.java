package dev.dossier.adapters.rest.directupload;

import dev.dossier.domain.shared.PrefixedIds;
import java.util.UUID;

/** The prefixes of this surface's ids (docs/api.md: the same UUIDs as elsewhere, in base62). */
final class IdPrefixes {
    static final String DOCUMENT = "d_";
    static final String SUBJECT_RECORD = "sr_";
    static final String WORKFLOW = "w_";
    static final String REQUIRED_DOCUMENT = "rd_";
    static final String FULFILLMENT = "f_";

    private IdPrefixes() {}

    static String of(String prefix, UUID id) {
        return id == null ? null : PrefixedIds.encode(prefix, id);
    }
}
