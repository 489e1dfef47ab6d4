package dev.dossier.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the background jobs every instance runs have been scheduled. Each scheduler reports
 * here once its threads and timer are set up; readiness fails while one is missing, since a
 * server can drop a scheduler silently (Open Liberty without Jakarta Concurrency left the
 * direct-upload sweeper out of the application while every request still worked).
 */
@ApplicationScoped
public class BackgroundJobs {
    /** The jobs that must run on every instance. */
    public enum Job {
        MAINTENANCE,
        EXPIRY_NOTICES,
        DIRECT_UPLOAD_SWEEP,
        WEBHOOK_DELIVERY
    }

    private final Set<Job> scheduled = EnumSet.noneOf(Job.class);

    synchronized void scheduled(Job job) {
        scheduled.add(job);
    }

    /** The jobs that should run but have not been scheduled (yet, or ever). */
    synchronized Set<Job> notScheduled() {
        Set<Job> missing = EnumSet.allOf(Job.class);
        missing.removeAll(scheduled);
        return missing;
    }
}
