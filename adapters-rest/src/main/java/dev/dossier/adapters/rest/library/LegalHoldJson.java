package dev.dossier.adapters.rest.library;

import dev.dossier.adapters.rest.json.JsonBody;
import dev.dossier.adapters.rest.json.JsonRequest;
import dev.dossier.adapters.rest.json.Timestamps;
import dev.dossier.domain.hold.LegalHold;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Set;

/** A legal hold as the Library answers it. */
@JsonbPropertyOrder({"reason", "placedAt", "placedBy"})
public record LegalHoldJson(String reason, String placedAt, String placedBy) {
    public static LegalHoldJson from(LegalHold hold) {
        return new LegalHoldJson(hold.reason(), Timestamps.utc(hold.placedAt()), hold.placedBy());
    }

    /** The {@code reason} of a {@code {"reason"}} body; its absence is left to the use case to refuse. */
    public static String reasonOf(JsonRequest request) {
        JsonBody json = JsonBody.parse(JsonRequest.textOf(request), Set.of("reason"));
        String reason = json.string("reason");
        json.errors().throwIfAny();
        return reason;
    }
}
