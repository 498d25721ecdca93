package org.openepr.it.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openepr.it.importing.RoundTrip.as;
import static org.openepr.it.importing.RoundTrip.newTrust;
import static org.openepr.it.importing.RoundTrip.patients;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.importing.RoundTrip;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.Beans;
import org.openepr.it.support.InServer;
import org.openepr.platform.export.ExportJob;
import org.openepr.platform.export.ExportJobs;
import org.openepr.platform.export.ExportRunner;
import org.openepr.platform.export.ExportState;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.jobs.BackgroundJobs;
import org.openepr.platform.jobs.JobLeases;

/**
 * Two servers never run one job: a job whose lease another server holds is left to it, here and by the start-up path,
 * and taken over from its checkpoint once that lease runs out (its server died). The leases in the database, with
 * another server's name on them, stand in for that server.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    static final String OTHER_SERVER = "another-host:/srv/epr/servers/epr";

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-job-lease-it", RoundTrip.class, AsAnotherUser.class, Beans.class);
    }

    @Inject JobLeases leases;
    @Inject ExportRunner runner;

    @Test
    void aJobAnotherServerHoldsIsLeftToIt_andTakenOverWhenItsLeaseRunsOut() throws Exception {
        OdsCode trust = newTrust("Lease", List.of("patient-index"));
        String admin = "it.lease." + UUID.randomUUID().toString().substring(0, 8);
        as(trust, admin, () -> patients(3));
        ExportJob job = as(trust, admin, () -> Beans.get(ExportJobs.class).request(ExportJob.Via.SCREEN));
        assertTrue(leases.take(job.id(), OTHER_SERVER, Duration.ofMinutes(10)), "the other server runs the job");

        assertEquals(ExportRunner.Outcome.STOPPED, runner.start(trust, job.id()).get(1, TimeUnit.MINUTES), "not started here");
        for (var resumed : runner.resumeUnfinished()) {
            resumed.get(1, TimeUnit.MINUTES);
        }
        ExportJob untouched = as(trust, admin, () -> Beans.get(ExportJobs.class).status(job.id()).job());
        assertEquals(ExportState.QUEUED, untouched.state(), "neither a start nor the start-up path ran it here");
        assertEquals(0, untouched.written());

        // the other server died: nobody renews its lease, which runs out
        assertTrue(leases.take(job.id(), OTHER_SERVER, Duration.ofSeconds(-1)));
        assertEquals(ExportRunner.Outcome.DONE, runner.start(trust, job.id()).get(2, TimeUnit.MINUTES), "taken over here");
        assertEquals(ExportState.DONE, as(trust, admin, () -> Beans.get(ExportJobs.class).status(job.id()).job().state()));
        assertTrue(leases.take(job.id(), OTHER_SERVER, Duration.ofMinutes(1)), "given up when the job ended here");
        leases.release(job.id(), OTHER_SERVER);
    }

    @Test
    void aLeaseIsRenewedAndGivenUpOnlyByItsHolder() {
        UUID job = UUID.randomUUID();
        String here = BackgroundJobs.holder();
        assertTrue(leases.take(job, here, Duration.ofSeconds(-1)), "taken, and already run out");
        assertEquals(1, leases.renew(List.of(job), here, Duration.ofMinutes(5)), "renewed by its holder");
        assertFalse(leases.take(job, OTHER_SERVER, Duration.ofMinutes(5)), "a renewed lease is not another server's to take");
        assertEquals(0, leases.renew(List.of(job), OTHER_SERVER, Duration.ofMinutes(5)), "nor to renew");
        leases.release(job, OTHER_SERVER);
        assertFalse(leases.take(job, OTHER_SERVER, Duration.ofMinutes(5)), "nor to give up");
        assertTrue(leases.take(job, here, Duration.ofMinutes(5)), "its holder takes it again (a server restarted after a crash)");
        leases.release(job, here);
        assertTrue(leases.take(job, OTHER_SERVER, Duration.ofMinutes(5)), "given up: free for another server");
        leases.release(job, OTHER_SERVER);
    }
}
