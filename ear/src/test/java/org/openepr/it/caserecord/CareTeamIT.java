package org.openepr.it.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openepr.caserecord.application.careteam.AddCareTeamMember;
import org.openepr.caserecord.application.careteam.CareTeamAudit;
import org.openepr.caserecord.application.careteam.EndCareTeamMembership;
import org.openepr.caserecord.application.careteam.MyCaseload;
import org.openepr.caserecord.application.careteam.ReadCareTeam;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.ConflictException;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** Care teams and "my caseload" inside Liberty on PostgreSQL, on the movable clock. */
@ExtendWith(ArquillianExtension.class)
class CareTeamIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-careteam-it", NhsNumbers.class, MovableClock.class);
    }

    @Inject TrustContext trust;
    @Inject RegisterPatient register;
    @Inject AddCareTeamMember add;
    @Inject EndCareTeamMembership end;
    @Inject ReadCareTeam read;
    @Inject MyCaseload caseload;
    @Inject StaffDirectory staff;
    @Inject ReadAuditTrail audit;
    @Inject MovableClock clock;

    String coordinator;
    String nurse;

    @BeforeEach
    void twoCliniciansWhoHaveSignedIn() {
        clock.set(LocalDateTime.of(2027, 3, 3, 10, 0));
        String run = UUID.randomUUID().toString().substring(0, 8);
        coordinator = "it.cc." + run;
        nurse = "it.cpn." + run;
        runAs("RAT", nurse, Set.of(Roles.CLINICIAN), () -> {
            staff.signedIn();
            return null;
        });
        // this test's own request is the coordinator's (who also reads the audit trail)
        trust.bind(new Caller(coordinator, coordinator + " Name", "127.0.0.1", Set.of(Roles.CLINICIAN, Roles.TRUST_ADMIN)), OdsCode.of("RAT"));
        staff.signedIn();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    /** Another member of staff, in a request of their own (a request binds its trust once). */
    static <T> T runAs(String ods, String user, Set<String> roles, Callable<T> work) {
        try {
            ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            return executor.submit(() -> {
                RequestContextController request = CDI.current().select(RequestContextController.class).get();
                request.activate();
                try {
                    CDI.current().select(TrustContext.class).get().bind(new Caller(user, user + " Name", "127.0.0.1", roles), OdsCode.of(ods));
                    return work.call();
                } finally {
                    request.deactivate();
                }
            }).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException | javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    UUID patient() {
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Teamed", "Tia", "1980-02-02", "female",
                "2 Team Street", null, "York", "YO1 7HH", "F84003")).patient().id();
    }

    static AddCareTeamMember.MemberForm form(String service, String who, CareTeamRole role, boolean lead, String start, String end) {
        return new AddCareTeamMember.MemberForm(service, who, role.name(), lead, start, end);
    }

    @Test
    void oneLeadProfessionalPerServiceAndNothingSavedWhenRefused() {
        UUID p = patient();
        add.add(p, form("Memory service", coordinator, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null));
        var clash = assertThrows(ConflictException.class,
                () -> add.add(p, form("memory service", nurse, CareTeamRole.COMMUNITY_PSYCHIATRIC_NURSE, true, "10/03/2027", null)));
        assertEquals("lead", clash.field());
        assertTrue(clash.getMessage().contains(coordinator + " Name"), "names the lead in the way: " + clash.getMessage());
        add.add(p, form("Memory service", nurse, CareTeamRole.COMMUNITY_PSYCHIATRIC_NURSE, false, "03/03/2027", null));
        add.add(p, form("Early intervention in psychosis", nurse, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null));

        var team = read.of(p);
        assertEquals(3, team.current().size());
        assertEquals(Set.of("Memory service", "Early intervention in psychosis"), team.team().leadsOn(team.today()).stream()
                .map(l -> l.service()).collect(Collectors.toSet()));

        var bad = assertThrows(InvalidInputException.class, () -> add.add(p, form(" ", "nobody.here", CareTeamRole.PSYCHOLOGIST, false, "31/02/2027", null)));
        assertEquals(Set.of("service", "staffMember", "start"), bad.problems().stream().map(FieldProblem::field).collect(Collectors.toSet()));
        var backwards = assertThrows(InvalidInputException.class,
                () -> add.add(p, form("CMHT", nurse, CareTeamRole.PSYCHOLOGIST, false, "10/03/2027", "01/03/2027")));
        assertEquals("end", backwards.problems().get(0).field());
        assertEquals(3, read.of(p).team().members().size(), "nothing half-saved");

        var actions = audit.forPatient(p).stream().map(a -> a.action()).collect(Collectors.toSet());
        assertTrue(actions.containsAll(Set.of(CareTeamAudit.CARE_TEAM_MEMBER_ADDED.name(), CareTeamAudit.CARE_TEAM_VIEWED.name())), actions.toString());
    }

    @Test
    void twoLeadsAddedAtTheSameMomentOneIsKept() throws Exception {
        UUID p = patient();
        ManagedExecutorService executor = javax.naming.InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> both = new java.util.ArrayList<>();
        for (String who : List.of(coordinator, nurse)) {
            both.add(executor.submit(() -> {
                start.await();
                try {
                    runAs("RAT", who, Set.of(Roles.CLINICIAN), () -> add.add(p, form("Crisis team", who, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null)));
                    return "added";
                } catch (ConflictException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> answers = new java.util.ArrayList<>();
        for (var f : both) {
            answers.add(f.get());
        }
        assertEquals(List.of("added", "refused"), answers.stream().sorted().toList());
        assertEquals(1, read.of(p).team().leadsOn(java.time.LocalDate.of(2027, 3, 3)).size());
    }

    @Test
    void theCaseloadListsThePatientOnlyWhileTheMembershipIsCurrent() {
        UUID p = patient();
        add.add(p, form("CMHT North", coordinator, CareTeamRole.CARE_COORDINATOR, false, "10/03/2027", "20/03/2027"));

        assertEquals(List.of(), patients(caseload.page(0)), "not yet started");
        clock.set(LocalDateTime.of(2027, 3, 10, 9, 0));
        MyCaseload.Caseload on = caseload.page(0);
        assertEquals(List.of(p), patients(on));
        MyCaseload.CaseloadEntry entry = on.entries().get(0);
        assertEquals(CareTeamRole.CARE_COORDINATOR, entry.role());
        assertEquals("CMHT North", entry.service());
        assertTrue(entry.patientName().toUpperCase().contains("TEAMED"), entry.patientName());
        assertTrue(entry.nhsNumber().matches("\\d{3} \\d{3} \\d{4}"), entry.nhsNumber());
        clock.set(LocalDateTime.of(2027, 3, 20, 23, 0));
        assertEquals(List.of(p), patients(caseload.page(0)), "the last day counts");
        clock.set(LocalDateTime.of(2027, 3, 21, 0, 30));
        assertEquals(List.of(), patients(caseload.page(0)), "ended");

        clock.set(LocalDateTime.of(2027, 3, 12, 9, 0));
        assertEquals(List.of(p), patients(caseload.page(0)));
        assertEquals(List.of(), patients(runAs("RAT", nurse, Set.of(Roles.CLINICIAN), () -> caseload.page(0))), "someone else's caseload");
    }

    @Test
    void endingAMembershipTakesThePatientOffTheCaseloadAfterItsLastDayAndFreesTheLead() {
        UUID p = patient();
        CareTeamMember lead = add.add(p, form("Memory service", coordinator, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null));
        assertTrue(patients(caseload.page(0)).contains(p));
        assertThrows(InvalidInputException.class, () -> end.end(lead.id(), lead.version(), "01/03/2027"), "before it started");
        end.end(lead.id(), lead.version(), null);
        assertTrue(patients(caseload.page(0)).contains(p), "today is its last day");
        clock.set(LocalDateTime.of(2027, 3, 4, 9, 0));
        assertTrue(!patients(caseload.page(0)).contains(p));
        add.add(p, form("Memory service", nurse, CareTeamRole.CARE_COORDINATOR, true, "04/03/2027", null));
        assertEquals(nurse, read.of(p).team().leadsOn(java.time.LocalDate.of(2027, 3, 4)).get(0).staffUserId());
    }

    @Test
    void aClerkReadsTheTeamButCannotChangeItAnotherTrustSeesNothing() {
        UUID p = patient();
        add.add(p, form("Memory service", coordinator, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null));
        Set<String> clerk = Set.of(Roles.CLERK);
        assertEquals(1, runAs("RAT", "it.ct.clerk", clerk, () -> read.of(p)).current().size());
        assertThrows(AccessRefusedException.class, () -> runAs("RAT", "it.ct.clerk", clerk,
                () -> add.add(p, form("Memory service", coordinator, CareTeamRole.SUPPORT_WORKER, false, "03/03/2027", null))));
        assertThrows(AccessRefusedException.class, () -> runAs("RAT", "it.ct.clerk", clerk, () -> caseload.page(0)));
        Set<String> clinician = Set.of(Roles.CLINICIAN);
        assertThrows(RecordNotFoundException.class, () -> runAs("RKL", "it.rkl.clinician", clinician, () -> read.of(p)));
        var notOurs = assertThrows(InvalidInputException.class, () -> runAs("RKL", "it.rkl.clinician", clinician,
                () -> add.add(patient(), form("Memory service", coordinator, CareTeamRole.CARE_COORDINATOR, true, "03/03/2027", null))));
        assertEquals("staffMember", notOurs.problems().get(0).field(), "another trust's staff member is not ours to add");
    }

    static List<UUID> patients(MyCaseload.Caseload c) {
        return c.entries().stream().map(MyCaseload.CaseloadEntry::patientId).toList();
    }
}
