package org.openepr.platform.releases;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openepr.platform.PlatformReady;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.BackgroundWork;

/**
 * Once a minute, writes each scheduled move whose time has come into its trust's row and audit trail, as that trust's
 * background worker. The move itself needs no timer (every read takes the position at the clock's time); this only
 * makes the audit trail say so at the minute, whether or not anyone opens the admin's page.
 */
@ApplicationScoped
public class ScheduledMoves {

    private static final Logger LOG = Logger.getLogger(ScheduledMoves.class.getName());
    static final String WORKER = "release-mover";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Releases releases;

    @Inject
    BackgroundWork background;

    @Inject
    SettleScheduledMove settle;

    @Inject
    Clock clock;

    private volatile ScheduledFuture<?> rounds;

    void start(@Observes PlatformReady ready) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> r = rounds;
        if (r != null) {
            r.cancel(false);
        }
    }

    /** One round: answers how many moves it wrote. A failure in one trust is logged and the others go on. */
    public int round() {
        Instant now = clock.instant();
        List<String> due;
        try {
            due = releases.storedPositions().entrySet().stream()
                    .filter(e -> e.getValue().scheduledFor() != null && !now.isBefore(e.getValue().scheduledFor()))
                    .map(java.util.Map.Entry::getKey).sorted().toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled release moves: could not read the trusts' positions", e);
            return 0;
        }
        int written = 0;
        for (String trust : due) {
            try {
                if (background.inTrust(OdsCode.of(trust), WORKER, settle::settle)) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled release move, trust " + trust + ": " + e.getMessage(), e);
            }
        }
        return written;
    }
}
