package org.openepr.medicines.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.openepr.medicines.domain.knowledge.KnowledgeBase;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseFiles;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseRelease;
import org.openepr.medicines.domain.knowledge.KnowledgeBaseReleases;
import org.openepr.platform.PlatformReady;

/**
 * The live knowledge base, held in memory as one immutable snapshot: screening reads it without locks, and a newer
 * release replaces it in one step, so loading one needs no downtime. At start the shipped release is loaded if this
 * instance has not got it, and made live if nothing newer is.
 */
@ApplicationScoped
class LiveKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(LiveKnowledgeBase.class.getName());

    @Inject
    KnowledgeBaseReleases releases;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile KnowledgeBase live;

    @Transactional
    void onReady(@Observes PlatformReady ready) {
        Map<String, String> shipped = KnowledgeBaseFiles.shippedText();
        KnowledgeBase shippedKb = KnowledgeBaseFiles.fromText(shipped);
        var current = releases.live();
        boolean known = releases.find(shippedKb.version().name(), shippedKb.version().version()).isPresent();
        if (!known && (current.isEmpty() || current.get().issued().isBefore(shippedKb.version().issued()))) {
            install(KnowledgeBaseRelease.of(shipped, "shipped with the application", clock.instant()));
        } else {
            live = current.map(KnowledgeBaseRelease::read).orElse(null);
        }
        LOG.info(() -> "Medicines knowledge base live: " + (live == null ? "none" : live.version().describe()));
    }

    /** Stores the release and makes it live, in the caller's transaction; memory follows only after it commits. */
    KnowledgeBase install(KnowledgeBaseRelease release) {
        KnowledgeBase kb = release.read();
        releases.live().ifPresent(KnowledgeBaseRelease::retire);
        releases.flush(); // one live release at a time (a unique index): the old one off before the new one on
        releases.add(release);
        release.goLive();
        releases.flush();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    live = kb; // in memory only once it is stored for good
                }
            }
        });
        return kb;
    }

    Optional<KnowledgeBase> current() {
        return Optional.ofNullable(live);
    }
}
