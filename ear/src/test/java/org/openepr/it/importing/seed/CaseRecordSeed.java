package org.openepr.it.importing.seed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.careteam.AddCareTeamMember;
import org.openepr.caserecord.application.careteam.EndCareTeamMembership;
import org.openepr.caserecord.application.facts.ChangeProblem;
import org.openepr.caserecord.application.facts.EndRisk;
import org.openepr.caserecord.application.facts.RecordLegalStatus;
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.application.facts.RecordRisk;
import org.openepr.caserecord.application.facts.RenewLegalStatus;
import org.openepr.caserecord.application.facts.ReviewRisk;
import org.openepr.caserecord.application.notes.AmendNote;
import org.openepr.caserecord.application.notes.NoteTypeSetup;
import org.openepr.caserecord.application.notes.SaveDraft;
import org.openepr.caserecord.application.notes.StartNote;
import org.openepr.caserecord.application.notes.ValidateNote;
import org.openepr.caserecord.application.observations.MarkObservationEnteredInError;
import org.openepr.caserecord.application.observations.RecordObservations;
import org.openepr.caserecord.domain.notes.NoteType;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.risks.RiskAlert;
import org.openepr.it.support.Beans;
import org.openepr.platform.staff.StaffDirectory;

/**
 * Every kind of case record entry for the given patients, through the module's own use cases, as the current
 * request's user (a clinician and trust admin, run inside {@code RoundTrip.as}): a note type of the trust's own; notes
 * (a draft saved twice, a validated note, every third one corrected, across every note type); problems and diagnoses
 * (coded, in words, a primary diagnosis, resolved, entered in error); alerts and risks (reviewed, ended); legal
 * statuses (a section 2 ended by a section 3, some renewed); vital signs (weight, height and the BMI from them, blood
 * pressure, pulse, temperature, oxygen; some entered in error); a care team (the user as lead care coordinator, and an
 * ended membership as psychologist).
 */
public final class CaseRecordSeed {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CaseRecordSeed() {
    }

    public static void seed(List<UUID> patients) {
        Beans.get(StaffDirectory.class).signedIn(); // the user is staff here: a care team names them
        NoteTypeSetup setup = Beans.get(NoteTypeSetup.class);
        if (setup.all().stream().noneMatch(t -> t.name().equals("Risk assessment"))) {
            setup.add("Risk assessment");
        }
        List<UUID> types = setup.all().stream().map(NoteType::id).toList();
        // configuration no note names: a type no note uses yet, and a retired one (the export carries the whole list)
        if (setup.all().stream().noneMatch(t -> t.name().equals("Crisis plan"))) {
            setup.add("Crisis plan");
        }
        if (setup.all().stream().noneMatch(t -> t.name().equals("Referral letter (old form)"))) {
            NoteType old = setup.add("Referral letter (old form)");
            setup.retire(old.id(), old.version());
        }
        StartNote start = Beans.get(StartNote.class);
        SaveDraft save = Beans.get(SaveDraft.class);
        ValidateNote validate = Beans.get(ValidateNote.class);
        AmendNote amend = Beans.get(AmendNote.class);
        RecordProblem problems = Beans.get(RecordProblem.class);
        ChangeProblem change = Beans.get(ChangeProblem.class);
        RecordRisk risks = Beans.get(RecordRisk.class);
        ReviewRisk review = Beans.get(ReviewRisk.class);
        EndRisk endRisk = Beans.get(EndRisk.class);
        RecordLegalStatus legal = Beans.get(RecordLegalStatus.class);
        RenewLegalStatus renew = Beans.get(RenewLegalStatus.class);
        RecordObservations observations = Beans.get(RecordObservations.class);
        MarkObservationEnteredInError inError = Beans.get(MarkObservationEnteredInError.class);
        AddCareTeamMember careTeam = Beans.get(AddCareTeamMember.class);
        EndCareTeamMembership endMembership = Beans.get(EndCareTeamMembership.class);
        String user = Beans.get(org.openepr.platform.trust.TrustContext.class).caller().userId();
        LocalDate today = LocalDate.now(Beans.get(Clock.class).withZone(ZoneId.of("Europe/London"))); // the server's day (tests move it)

        for (int i = 0; i < patients.size(); i++) {
            UUID p = patients.get(i);
            // notes: a draft saved twice; a validated one, every third corrected
            UUID draft = start.start(save(), p, types.get(i % types.size()), "Seen at home " + i + ". Mood low.").noteId();
            save.save(save(), draft, 1, "Seen at home " + i + ". Mood low; sleeping better.");
            UUID note = start.start(save(), p, types.get((i + 1) % types.size()), "Clinic review " + i).noteId();
            int revision = validate.validate(save(), note, 1, "Clinic review " + i + ": plan agreed.").revision();
            if (i % 3 == 0) {
                amend.amend(save(), note, revision, "Clinic review " + i + ": plan agreed with carer.", "Carer was present");
            }

            // problems and diagnoses
            problems.record(p, new RecordProblem.ProblemForm("snomed:35489007", null, null, "01/02/2019", false, "Since bereavement"));
            problems.record(p, new RecordProblem.ProblemForm("icd10:F00.1", null, null, null, true, null));
            Problem words = problems.record(p, new RecordProblem.ProblemForm(null, "Housing difficulties " + i, "PROBLEM", null, false, null));
            if (i % 4 == 0) {
                change.enteredInError(words.id(), words.version(), "Wrong patient");
            } else if (i % 4 == 1) {
                change.resolve(words.id(), words.version(), today.minusDays(3).format(DAY));
            }

            // alerts and risks
            RiskAlert self = risks.record(p, new RecordRisk.RiskForm("RISK_TO_SELF", "HIGH", "Overdose in 2023 " + i,
                    today.plusDays(30).format(DAY)));
            if (i % 2 == 0) {
                review.review(self.id(), self.version(), today.plusDays(60).format(DAY), "MEDIUM");
            }
            if (i % 3 == 1) {
                RiskAlert other = risks.record(p, new RecordRisk.RiskForm("SAFEGUARDING", "LOW", "Lives with a vulnerable adult",
                        today.plusDays(10).format(DAY)));
                endRisk.end(other.id(), other.version(), "Moved out");
            }

            // legal status: every tenth patient was on section 2 before section 3 (which ended it), every twentieth's renewed
            if (i % 10 == 0) {
                legal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_2", today.minusDays(20).format(DAY), "10:00"));
            }
            if (i % 5 == 0) {
                var section3 = legal.record(p, new RecordLegalStatus.LegalStatusForm("SECTION_3", today.minusDays(10).format(DAY), "14:30"));
                if (i % 20 == 0) {
                    renew.renew(section3.id(), section3.version());
                }
            }

            // vital signs
            List<Observation> made = observations.record(p, new VitalSignsForm("7" + (i % 10) + ".5", "17" + (i % 10), "12" + (i % 10),
                    "8" + (i % 10), "7" + (i % 10), "36.8", "98", today.minusDays(1).format(DAY), "09:30"));
            if (i % 6 == 0) {
                Observation pulse = made.stream().filter(o -> o.kind() == VitalSign.PULSE).findFirst().orElseThrow();
                inError.mark(pulse.id(), pulse.version(), "Recorded on the wrong patient");
            }

            // care team: an ended membership, then the lead care coordinator
            var ended = careTeam.add(p, new AddCareTeamMember.MemberForm("Community Mental Health Team", user, "PSYCHOLOGIST", false,
                    "01/01/2020", null));
            endMembership.end(ended.id(), ended.version(), "31/12/2020");
            careTeam.add(p, new AddCareTeamMember.MemberForm("Community Mental Health Team", user, "CARE_COORDINATOR", true,
                    "01/01/2022", null));
        }
    }

    private static String save() {
        return UUID.randomUUID().toString();
    }
}
