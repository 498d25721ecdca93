package org.openepr.platform.trust;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openepr.platform.identity.OdsCode;

/**
 * The trusts this instance hosts. Read on every request at the edge, so kept in memory and
 * refreshed whenever an operator changes a trust.
 */
@ApplicationScoped
public class TrustRegistry {

    @PersistenceContext(unitName = "epr")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Other instances may change a trust; re-read at least this often. */
    private static final long MAX_AGE_MILLIS = 30_000;
    /** A code the cache does not hold reads the trusts again, at most this often (a token's trust is a hosted one). */
    private static final long MISS_RELOAD_MILLIS = 250;

    private volatile Map<OdsCode, TrustView> byCode;
    /** Counts refreshes, so that a load overtaken by one is not kept. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile long loadedAt;

    /** An immutable copy of a trust for screens and the edge filter. */
    public record TrustView(OdsCode odsCode, String name, String shortName, String colour,
                            List<String> modules, Trust.Status status, String realm, String logoSha256) {
        static TrustView of(Object[] row) {
            return new TrustView(OdsCode.of((String) row[0]), (String) row[1], (String) row[2], (String) row[3], Trust.modulesOf((String) row[4]),
                    (Trust.Status) row[5], (String) row[6], (String) row[7]);
        }

        public boolean hasLogo() {
            return logoSha256 != null;
        }

        public boolean isActive() {
            return status == Trust.Status.ACTIVE;
        }

        public String modulesText() {
            return String.join(", ", modules);
        }
    }

    public Optional<TrustView> find(OdsCode code) {
        TrustView found = cache().get(code);
        if (found == null && System.currentTimeMillis() - loadedAt > MISS_RELOAD_MILLIS) {
            // a trust onboarded a moment ago by another server (or application) on the same database: read the
            // trusts again rather than refuse its users until the cache's age runs out
            refresh();
            found = cache().get(code);
        }
        return Optional.ofNullable(found);
    }

    public List<TrustView> all() {
        return cache().values().stream().sorted((a, b) -> a.odsCode().value().compareTo(b.odsCode().value())).toList();
    }

    @Transactional
    public void setStatus(OdsCode code, Trust.Status status) {
        Trust trust = em.find(Trust.class, code.value());
        if (trust == null) {
            throw new IllegalArgumentException("No trust " + code);
        }
        if (trust.status() == Trust.Status.OFFBOARDED) {
            throw new IllegalStateException("Trust " + code + " is offboarded: its status never changes again");
        }
        if (status == Trust.Status.SUSPENDED) {
            trust.suspend();
        } else {
            trust.reinstate();
        }
        refreshAfterCommit();
    }

    /** Onboards a trust, or brings a hosted one's description (name, branding, modules) up to date. */
    @Transactional
    public void onboardOrDescribe(Trust trust) {
        Trust existing = em.find(Trust.class, trust.odsCode().value());
        if (existing == null) {
            em.persist(trust);
        } else {
            existing.describeAs(trust);
        }
        em.flush();
        refreshAfterCommit();
    }

    /** Onboards a new trust, seen by every request once committed; false if its ODS code is hosted already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean onboardNew(Trust trust) {
        if (em.find(Trust.class, trust.odsCode().value()) != null) {
            return false;
        }
        em.persist(trust);
        em.flush();
        refreshAfterCommit();
        return true;
    }

    /** A hosted trust to change in the caller's transaction; every request sees the change once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Trust forChange(OdsCode code) {
        Trust trust = em.find(Trust.class, code.value());
        if (trust == null) {
            throw new IllegalArgumentException("No trust " + code);
        }
        refreshAfterCommit();
        return trust;
    }

    /** A hosted trust as stored now (not the cache), read in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Trust read(OdsCode code) {
        Trust trust = em.find(Trust.class, code.value());
        if (trust == null) {
            throw new IllegalArgumentException("No trust " + code);
        }
        return trust;
    }

    /** Dropped now and again once the change is committed, so no request can cache the old state in between. */
    private void refreshAfterCommit() {
        refresh();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                refresh();
            }
        });
    }

    public void refresh() {
        generation.incrementAndGet();
        byCode = null;
    }

    private Map<OdsCode, TrustView> cache() {
        Map<OdsCode, TrustView> current = byCode;
        if (current == null || System.currentTimeMillis() - loadedAt > MAX_AGE_MILLIS) {
            long loading = generation.get();
            // columns, not entities: a caller's persistence context (a long request outside any transaction keeps one)
            // would hand back the Trust objects it read before, whatever the database now says
            current = new ConcurrentHashMap<>(em.createQuery("select t.odsCode, t.name, t.shortName, t.colour, t.modules, t.status,"
                    + " t.realm, t.logoSha256 from Trust t", Object[].class).getResultList().stream()
                    .map(TrustView::of).collect(Collectors.toMap(TrustView::odsCode, Function.identity())));
            // a load that read before a change committed (a background worker's, say) must not be kept after the
            // change's refresh: it would show the old trust for up to MAX_AGE_MILLIS
            if (generation.get() == loading) {
                byCode = current;
                loadedAt = System.currentTimeMillis();
            }
        }
        return current;
    }
}
