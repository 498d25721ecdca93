package org.openepr.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.it.support.InServer;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.OpenPatientRecord;
import org.openepr.patients.application.PatientAudit;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.AuditActionName;
import org.openepr.platform.audit.AuditLine;
import org.openepr.platform.audit.AuditQuery;
import org.openepr.platform.audit.SearchAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.identity.NhsNumber;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/**
 * The trust admin's audit search inside Liberty on PostgreSQL: each filter narrows to exactly the lines it names,
 * pages cover the whole trail once, newest first, and patients are found by NHS number. Each test acts as a user
 * of its own (a fresh user id), so the counts are this test's lines and nobody else's.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSearchIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-it", NhsNumbers.class);
    }

    @Inject
    TrustContext trust;

    @Inject
    RegisterPatient register;

    @Inject
    OpenPatientRecord open;

    @Inject
    SearchAuditTrail search;

    @Inject
    ServiceClock clock;

    private String user;

    /** A clinician who is also the trust's admin, under a user id no other test uses. */
    private void workIn(String ods, String... roles) {
        user = "it.auditor-" + UUID.randomUUID();
        trust.bind(new Caller(user, "IT Auditor", "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    private UUID registered(String nhs) {
        return register.register(UUID.randomUUID(), new PatientForm(nhs, "Audited", "Ava", "01/02/1970", "female", "1 Test Street", null,
                "London", "E1 6AN", "F84003")).patient().id();
    }

    private AuditQuery byMe() {
        return new AuditQuery(user, null, null, null, null);
    }

    @Test
    void eachFilterNarrowsToTheLinesItNames() {
        workIn("TAF", Roles.CLINICIAN, Roles.TRUST_ADMIN);
        String first = NhsNumbers.next();
        String second = NhsNumbers.next();
        UUID a = registered(first);
        UUID b = registered(second);
        open.open(a, "care");
        open.open(a, "care");
        open.open(b, "care");

        assertEquals(5, search.count(byMe()), "two registrations and three views by this user");
        assertEquals(3, search.count(new AuditQuery(user, NhsNumber.of(first), null, null, null)), "patient A: registered, viewed twice");
        assertEquals(2, search.count(new AuditQuery(null, NhsNumber.of(second), null, null, null)), "patient B, by anyone");
        assertEquals(3, search.count(new AuditQuery(user, null, PatientAudit.PATIENT_VIEWED.name(), null, null)));
        assertEquals(2, search.count(new AuditQuery(user, NhsNumber.of(first), PatientAudit.PATIENT_VIEWED.name(), null, null)));
        assertEquals(0, search.count(new AuditQuery(user, NhsNumber.of(NhsNumbers.next()), null, null, null)),
                "a number this trust does not hold has no lines");

        // UK days, both ends included: today holds all five, yesterday none
        var today = clock.today();
        assertEquals(5, search.count(new AuditQuery(user, null, null, today, today)));
        assertEquals(0, search.count(new AuditQuery(user, null, null, today.minusDays(1), today.minusDays(1))));
        assertEquals(0, search.count(new AuditQuery(user, null, null, today.plusDays(1), null)));
        assertThrows(InvalidInputException.class, () -> search.count(new AuditQuery(user, null, null, today, today.minusDays(1))));

        // each line names its patient by NHS number, never the internal id
        List<AuditLine> lines = search.page(new AuditQuery(user, NhsNumber.of(first), null, null, null), 0, 10);
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(l -> NhsNumber.of(first).formatted().equals(l.patientNhsNumber())), lines.toString());
        assertTrue(search.actors().contains(user));
        assertTrue(search.actions().contains(new AuditActionName(PatientAudit.PATIENT_VIEWED.name())));
        assertEquals("Patient viewed", new AuditActionName(PatientAudit.PATIENT_VIEWED.name()).label());
    }

    @Test
    void pagesCoverTheWholeTrailOnceNewestFirst() {
        workIn("RKL", Roles.CLINICIAN, Roles.TRUST_ADMIN);
        UUID p = registered(NhsNumbers.next());
        for (int i = 0; i < 29; i++) {
            open.open(p, "care");
        }
        assertEquals(30, search.count(byMe()));
        List<AuditLine> all = new ArrayList<>();
        for (int first = 0; first < 30; first += 12) {
            List<AuditLine> page = search.page(byMe(), first, 12);
            assertEquals(Math.min(12, 30 - first), page.size());
            all.addAll(page);
        }
        Set<UUID> ids = new HashSet<>();
        all.forEach(l -> ids.add(l.event().id()));
        assertEquals(30, ids.size(), "no line twice, none left out");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).event().at().isAfter(all.get(i - 1).event().at()), "newest first");
        }
        assertTrue(all.subList(24, 30).stream().anyMatch(l -> l.event().action().equals(PatientAudit.PATIENT_REGISTERED.name())),
                "the oldest line is on the last page");
        assertTrue(search.page(AuditQuery.EVERYTHING, 0, 10_000).size() <= SearchAuditTrail.MAX_PAGE, "a page is never more than the maximum");
    }

    @Test
    void onlyTheTrustAdminSearches() {
        workIn("RAT", Roles.CLINICIAN);
        registered(NhsNumbers.next());
        assertThrows(AccessRefusedException.class, () -> search.count(AuditQuery.EVERYTHING));
    }
}
