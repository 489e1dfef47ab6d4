package dev.dossier.application.fakes;

import dev.dossier.application.service.document.ConfidentialAudit;
import java.time.Instant;

/** Test support: a {@link ConfidentialAudit} over an in-memory trail. */
public final class Audits {
    private Audits() {}

    /** An audit whose events go to {@code events}, stamped {@code at}. */
    public static ConfidentialAudit into(InMemoryAuditEventRepository events, Instant at) {
        return new ConfidentialAudit(events, new FixedTimeSource(at));
    }

    /** An audit whose trail no test looks at. */
    public static ConfidentialAudit unobserved() {
        return into(new InMemoryAuditEventRepository(), Instant.parse("2026-01-30T14:23:45Z"));
    }
}
