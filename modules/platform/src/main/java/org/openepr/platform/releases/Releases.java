package org.openepr.platform.releases;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.audit.PlatformAudit;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.modules.ModuleDescriptor;

/**
 * The releases this build ships and which trust is on which. Platform only: modules ask {@link Features}; the trust
 * admin's {@link ReleaseChoice} and the operator's {@link HostedReleases} change them. Read on every request that asks
 * about a feature, so the trusts' positions are kept in memory and dropped whenever one changes (and at least every
 * 30 seconds, for changes made on another instance). A scheduled move needs no refresh: the position is read at the
 * clock's time ({@link ReleasePosition#at}).
 */
@ApplicationScoped
public class Releases {

    static final String DEFAULT_SETTING = "releases.default_for_new_trusts";
    private static final long MAX_AGE_MILLIS = 30_000;

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    Instance<ModuleDescriptor> modules;

    @Inject
    AuditTrail audit;

    private final ReleaseCatalogue catalogue = ReleaseCatalogue.shipped();
    private volatile Map<String, ReleasePosition> positions;
    private volatile long loadedAt;

    public ReleaseCatalogue catalogue() {
        return catalogue;
    }

    /** Every feature the installed modules declare, by key. */
    public Map<String, Feature> declaredFeatures() {
        return modules.stream().flatMap(m -> m.features().stream())
                .collect(Collectors.toMap(Feature::key, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two modules declare the feature " + a.key());
                }, LinkedHashMap::new));
    }

    /** At start: a release naming a feature no module declares would be a feature nobody can ever see. */
    public void checkShippedReleases() {
        Set<String> undeclared = catalogue.undeclared(declaredFeatures().values());
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("The releases name features no installed module declares: " + undeclared);
        }
    }

    /** The release the operator chose for trusts onboarded from now on (the newest stable one until they choose). */
    public Release defaultForNewTrusts() {
        InstanceSetting chosen = em.find(InstanceSetting.class, DEFAULT_SETTING);
        return chosen == null ? catalogue.shippedDefault() : catalogue.find(chosen.value()).orElse(catalogue.shippedDefault());
    }

    /**
     * Puts a newly hosted trust on a release: the one named, or the default for new trusts. A trust already on one stays
     * there (its release is the trust admin's choice, as its status is the operator's). For onboarding and seeding.
     */
    @Transactional
    public Release startOn(OdsCode trust, String releaseName, String by) {
        TrustRelease existing = em.find(TrustRelease.class, trust.value());
        if (existing != null) {
            return releaseNamed(existing.position().at(clock.instant()).release());
        }
        Release release = releaseName == null ? defaultForNewTrusts() : catalogue.require("release", releaseName);
        em.persist(new TrustRelease(trust.value(), ReleasePosition.startingOn(release.name()), by));
        em.flush();
        refreshAfterCommit();
        return release;
    }

    /** The release the trust is on now (a trust not yet placed behaves as the first release, which adds nothing). */
    public Release releaseOf(OdsCode trust) {
        return releaseNamed(positionOf(trust).release());
    }

    /** Where the trust stands now, a scheduled move whose time has come included. */
    public ReleasePosition positionOf(OdsCode trust) {
        ReleasePosition stored = cache().get(trust.value());
        return stored == null ? ReleasePosition.startingOn(catalogue.inOrder().get(0).name()) : stored.at(clock.instant());
    }

    public Map<String, ReleasePosition> allPositions() {
        return cache().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().at(clock.instant())));
    }

    public Release releaseNamed(String name) {
        // a release dropped from a later build: its trusts fall back to the first, never to a feature they did not choose
        return catalogue.find(name).orElse(catalogue.inOrder().get(0));
    }

    /**
     * The trust's row, with a scheduled move whose time has come written into it and into the trust's audit trail (by
     * {@link ScheduledMoves} at its minute, or by whichever use case reads the row first). Inside the caller's use case.
     */
    public TrustRelease settled(OdsCode trust, String by) {
        TrustRelease row = rowOf(trust, by);
        ReleasePosition stored = row.position();
        ReleasePosition now = stored.at(clock.instant());
        if (!now.equals(stored)) {
            row.become(now, "scheduled");
            audit.record(PlatformAudit.RELEASE_MOVED_AS_SCHEDULED, now.release(), null, "from " + releaseNamed(now.previous()).label()
                    + " to " + releaseNamed(now.release()).label() + " at " + UkDates.dateTime(now.movedAt()) + ", as scheduled");
            flush();
            refreshAfterCommit();
        }
        return row;
    }

    /** Every trust's position as stored (a scheduled move not yet written in), for {@link ScheduledMoves}. */
    public Map<String, ReleasePosition> storedPositions() {
        return cache();
    }

    /** The trust's stored row, for a change inside the caller's use case (its transaction). */
    public TrustRelease rowOf(OdsCode trust, String by) {
        TrustRelease row = em.find(TrustRelease.class, trust.value());
        if (row == null) {
            row = new TrustRelease(trust.value(), ReleasePosition.startingOn(catalogue.inOrder().get(0).name()), by);
            em.persist(row);
        }
        return row;
    }

    /** The operator's choice, inside their use case's transaction; answers the release it replaces. */
    public String chooseDefault(Release release, String by) {
        InstanceSetting setting = em.find(InstanceSetting.class, DEFAULT_SETTING);
        String before = setting == null ? catalogue.shippedDefault().name() : setting.value();
        if (setting == null) {
            em.persist(new InstanceSetting(DEFAULT_SETTING, release.name(), clock.instant(), by));
        } else {
            setting.change(release.name(), clock.instant(), by);
        }
        return before;
    }

    /** Writes the pending change now, inside the caller's transaction (so the row's new version is known). */
    public void flush() {
        em.flush();
    }

    /** Forgets every trust's position; the next read loads them again (tests that set a position in the database). */
    public void refresh() {
        positions = null;
    }

    /** Dropped now and again once the change is committed, so no request caches the old position in between. */
    public void refreshAfterCommit() {
        positions = null;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                positions = null;
            }
        });
    }

    private Map<String, ReleasePosition> cache() {
        Map<String, ReleasePosition> current = positions;
        if (current == null || System.currentTimeMillis() - loadedAt > MAX_AGE_MILLIS) {
            List<TrustRelease> rows = em.createQuery("select r from TrustRelease r", TrustRelease.class).getResultList();
            current = rows.stream().collect(Collectors.toUnmodifiableMap(TrustRelease::odsCode, TrustRelease::position));
            positions = current;
            loadedAt = System.currentTimeMillis();
        }
        return current;
    }
}
