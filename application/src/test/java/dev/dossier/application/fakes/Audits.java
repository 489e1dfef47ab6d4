package dev.dossier.application.fakes;

import dev.dossier.application.service.document.DocumentAudit;
import java.time.Instant;

/** Test support: a {@link DocumentAudit} over an in-memory trail. */
public final class Audits {
    private Audits() {}

    /** An audit whose events go to {@code events}, stamped {@code at}. */
    public static DocumentAudit into(InMemoryAuditEventRepository events, Instant at) {
        return new DocumentAudit(events, new FixedTimeSource(at));
    }

    /** An audit whose trail no test looks at. */
    public static DocumentAudit unobserved() {
        return into(new InMemoryAuditEventRepository(), Instant.parse("2026-01-30T14:23:45Z"));
    }
}
