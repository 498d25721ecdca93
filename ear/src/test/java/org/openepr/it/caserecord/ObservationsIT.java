package org.openepr.it.caserecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
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
import org.openepr.caserecord.application.observations.MarkObservationEnteredInError;
import org.openepr.caserecord.application.observations.ObservationsAudit;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.caserecord.application.observations.RecordObservations;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.it.support.AsAnotherUser;
import org.openepr.it.support.InServer;
import org.openepr.it.support.MovableClock;
import org.openepr.it.support.NhsNumbers;
import org.openepr.patients.application.RegisterPatient;
import org.openepr.patients.domain.PatientForm;
import org.openepr.platform.audit.ReadAuditTrail;
import org.openepr.platform.errors.AccessRefusedException;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.errors.StaleEditException;
import org.openepr.platform.identity.OdsCode;
import org.openepr.platform.security.Roles;
import org.openepr.platform.trust.Caller;
import org.openepr.platform.trust.TrustContext;

/** Vital signs inside Liberty on PostgreSQL, through the use cases the screen and the API call. */
@ExtendWith(ArquillianExtension.class)
class ObservationsIT {

    @Deployment
    static WebArchive deployment() {
        return InServer.war("epr-observations-it", NhsNumbers.class, MovableClock.class, AsAnotherUser.class);
    }

    static final String CLINICIAN = "it.obs.clinician";

    @Inject TrustContext trust;
    @Inject RegisterPatient register;
    @Inject RecordObservations record;
    @Inject ReadObservations read;
    @Inject MarkObservationEnteredInError enteredInError;
    @Inject ReadAuditTrail audit;
    @Inject MovableClock clock;

    @BeforeEach
    void aWednesdayMorning() {
        clock.set(LocalDateTime.of(2027, 3, 3, 10, 0));
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    void as(String ods, String user, String... roles) {
        trust.bind(new Caller(user, user, "127.0.0.1", Set.of(roles)), OdsCode.of(ods));
    }

    void asClinician() {
        as("RAT", CLINICIAN, Roles.CLINICIAN, Roles.TRUST_ADMIN);
    }

    UUID patient() {
        return register.register(UUID.randomUUID(), new PatientForm(NhsNumbers.next(), "Vitals", "Val", "1971-05-05", "female",
                "1 Chart Row", null, "Leeds", "LS1 4AP", "F84003")).patient().id();
    }

    static VitalSignsForm taken(String time, String weight, String height, String systolic, String diastolic, String pulse, String temperature,
                                String spo2) {
        return new VitalSignsForm(weight, height, systolic, diastolic, pulse, temperature, spo2, "03/03/2027", time);
    }

    static Set<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    @Test
    void implausibleValuesAndFutureTimesAreRefusedByFieldAndNothingOfTheSetIsSaved() {
        asClinician();
        UUID p = patient();
        var bp = assertThrows(InvalidInputException.class, () -> record.record(p, taken("09:00", null, null, "400", "20", "72", null, null)));
        assertEquals(Set.of("systolic", "diastolic"), fields(bp), "both halves named; the good pulse beside them is not saved either");
        assertTrue(bp.problems().stream().anyMatch(x -> x.message().contains("Systolic pressure must be between 50 and 300 mmHg")), bp.problems().toString());

        var zero = assertThrows(InvalidInputException.class, () -> record.record(p, taken("09:00", "0", "170", null, null, null, "20", null)));
        assertEquals(Set.of("weight", "temperature"), fields(zero));

        var future = assertThrows(InvalidInputException.class, () -> record.record(p, taken("10:30", "70", null, null, null, null, null, null)));
        assertEquals(Set.of("takenOn"), fields(future));
        assertTrue(future.problems().get(0).message().contains("cannot be in the future"));

        assertEquals(List.of(), read.history(p).observations(), "nothing half-saved");
    }

    @Test
    void bmiIsDerivedFromTheWeightAndTheLatestHeightNeverTyped() {
        asClinician();
        UUID p = patient();
        record.record(p, taken("08:00", null, "170", null, null, null, null, null));
        List<Observation> set = record.record(p, taken("09:00", "72.4", null, "128", "84", "71", "36.9", "97"));
        Observation weight = one(set, VitalSign.BODY_WEIGHT);
        Observation bmi = one(set, VitalSign.BODY_MASS_INDEX);
        assertEquals(new BigDecimal("25.1"), bmi.value(), "72.4 / 1.70²");
        assertEquals(weight.id(), bmi.derivedFromWeight());
        assertEquals(new BigDecimal("84"), one(set, VitalSign.BLOOD_PRESSURE).diastolic());
        assertEquals(1, set.stream().map(Observation::setId).distinct().count(), "one set");

        // a height taken with the weight is the one used
        List<Observation> second = record.record(p, taken("09:30", "72.4", "180", null, null, null, null, null));
        assertEquals(new BigDecimal("22.3"), one(second, VitalSign.BODY_MASS_INDEX).value());

        var latest = read.latest(p).stream().collect(Collectors.toMap(Observation::kind, o -> o));
        assertEquals(VitalSign.values().length, latest.size(), latest.keySet().toString());
        assertEquals(new BigDecimal("22.3"), latest.get(VitalSign.BODY_MASS_INDEX).value().setScale(1));
        assertEquals(new BigDecimal("180.0"), latest.get(VitalSign.BODY_HEIGHT).value().setScale(1));

        // no height on record: a weight alone brings no BMI
        UUID other = patient();
        assertEquals(Set.of(VitalSign.BODY_WEIGHT), record.record(other, taken("09:00", "60", null, null, null, null, null, null)).stream()
                .map(Observation::kind).collect(Collectors.toSet()));
    }

    @Test
    void aWrongWeightIsEnteredInErrorWithItsBmiKeptInTheTableAndLeavesTheLatestValues() {
        asClinician();
        UUID p = patient();
        record.record(p, taken("08:00", "70", "175", null, null, null, null, null));
        clock.set(LocalDateTime.of(2027, 3, 3, 11, 0));
        List<Observation> wrong = record.record(p, taken("10:45", "17.0", null, null, null, null, null, null));
        Observation weight = one(wrong, VitalSign.BODY_WEIGHT);

        assertThrows(InvalidInputException.class, () -> enteredInError.mark(weight.id(), weight.version(), " "), "a reason is required");
        List<Observation> marked = enteredInError.mark(weight.id(), weight.version(), "Typed 17.0 for 70.1");
        assertEquals(2, marked.size(), "the weight and the BMI derived from it");
        assertThrows(StaleEditException.class, () -> enteredInError.mark(weight.id(), weight.version(), "again"));

        var latest = read.latest(p).stream().collect(Collectors.toMap(Observation::kind, o -> o));
        assertEquals(new BigDecimal("70.0"), latest.get(VitalSign.BODY_WEIGHT).value().setScale(1), "the earlier weight is the latest again");
        assertEquals(new BigDecimal("22.9"), latest.get(VitalSign.BODY_MASS_INDEX).value().setScale(1));

        var history = read.history(p);
        assertEquals(5, history.observations().size(), "entered in error stays in the record");
        assertEquals(3, history.current().size());
        Observation kept = read.one(weight.id());
        assertTrue(kept.isEnteredInError());
        assertEquals("Typed 17.0 for 70.1", kept.enteredInErrorReason());
        assertEquals(CLINICIAN, kept.enteredInErrorBy());

        var actions = audit.forPatient(p).stream().map(a -> a.action()).collect(Collectors.toSet());
        assertTrue(actions.containsAll(Set.of(ObservationsAudit.OBSERVATIONS_RECORDED.name(), ObservationsAudit.OBSERVATION_ENTERED_IN_ERROR.name(),
                ObservationsAudit.OBSERVATIONS_VIEWED.name())), actions.toString());
    }

    @Test
    void aBookingClerkCannotRecordOrReadObservationsAndAnotherTrustSeesNone() {
        asClinician();
        UUID p = patient();
        UUID id = record.record(p, taken("09:00", null, null, null, null, "66", null, null)).get(0).id();

        Set<String> clerk = Set.of(Roles.CLERK);
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.obs.clerk", clerk,
                () -> record.record(p, taken("09:10", null, null, null, null, "70", null, null))));
        assertThrows(AccessRefusedException.class, () -> AsAnotherUser.run("RAT", "it.obs.clerk", clerk, () -> read.history(p)));

        Set<String> clinician = Set.of(Roles.CLINICIAN);
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", "it.rkl.clinician", clinician, () -> read.one(id)));
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", "it.rkl.clinician", clinician, () -> read.history(p)));
        assertThrows(RecordNotFoundException.class, () -> AsAnotherUser.run("RKL", "it.rkl.clinician", clinician,
                () -> record.record(p, taken("09:10", null, null, null, null, "70", null, null))));

        assertEquals(1, read.history(p).observations().size(), "the refused attempts saved nothing");
    }

    static Observation one(List<Observation> set, VitalSign kind) {
        return set.stream().filter(o -> o.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + set));
    }
}
