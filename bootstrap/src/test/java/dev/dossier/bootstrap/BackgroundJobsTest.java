package dev.dossier.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.bootstrap.BackgroundJobs.Job;
import org.junit.jupiter.api.Test;

class BackgroundJobsTest {

    @Test
    void givenNoSchedulerReported_thenEveryJobIsMissing() {
        assertThat(new BackgroundJobs().notScheduled()).containsExactlyInAnyOrder(Job.values());
    }

    /** The sweeper a server dropped silently never reports: readiness names it. */
    @Test
    void givenAllButTheSweeperReported_thenTheSweeperIsMissing() {
        BackgroundJobs jobs = new BackgroundJobs();
        jobs.scheduled(Job.MAINTENANCE);
        jobs.scheduled(Job.EXPIRY_NOTICES);
        jobs.scheduled(Job.WEBHOOK_DELIVERY);

        assertThat(jobs.notScheduled()).containsExactly(Job.DIRECT_UPLOAD_SWEEP);

        jobs.scheduled(Job.DIRECT_UPLOAD_SWEEP);
        assertThat(jobs.notScheduled()).isEmpty();
    }
}
