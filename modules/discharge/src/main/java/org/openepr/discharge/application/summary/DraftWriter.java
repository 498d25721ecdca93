package org.openepr.discharge.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openepr.caserecord.api.CaseRecordForDischarge;
import org.openepr.caserecord.api.DischargeFacts;
import org.openepr.clinics.api.ClinicsForDischarge;
import org.openepr.discharge.domain.EpisodeEnded;
import org.openepr.discharge.domain.summary.Heading;
import org.openepr.discharge.domain.summary.SummaryContent;
import org.openepr.medicines.api.AllergyList;
import org.openepr.medicines.api.DischargeMedicines;
import org.openepr.medicines.api.MedicinesForDischarge;
import org.openepr.patients.api.PatientDetails;
import org.openepr.platform.modules.Modules;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.time.UkDates;

/**
 * Writes the draft of a discharge summary from the record, heading by heading, in words a GP reads. What the record
 * cannot say (clinical summary, procedures, plan, information given; allergies never recorded) is left empty for the
 * clinician to add; a module the trust has not taken leaves its headings empty too. Each module audits its own read.
 */
@ApplicationScoped
class DraftWriter {

    /** As many follow-up appointments as a summary lists. */
    static final int APPOINTMENTS = 10;

    @Inject
    CaseRecordForDischarge caseRecord;

    @Inject
    MedicinesForDischarge medicines;

    @Inject
    ClinicsForDischarge clinics;

    @Inject
    Modules modules;

    @Inject
    StaffDirectory staff;

    SummaryContent write(EpisodeEnded episode, PatientDetails patient) {
        Map<Heading, String> text = new EnumMap<>(Heading.class);
        text.put(Heading.PATIENT_DEMOGRAPHICS, demographics(patient));
        text.put(Heading.GP_PRACTICE, patient.gpPractice() == null ? "No registered GP practice"
                : "Registered GP practice: ODS code " + patient.gpPractice());
        Optional<DischargeFacts> facts = modules.isTaken(CaseRecordForDischarge.MODULE)
                ? Optional.of(caseRecord.factsFor(patient.id(), episode.started(), episode.ended())) : Optional.empty();
        text.put(Heading.ADMISSION_DETAILS, admission(episode, facts));
        facts.ifPresent(f -> {
            text.put(Heading.DIAGNOSES, lines(f.diagnoses().stream().map(DraftWriter::diagnosis).toList(), "No problems or diagnoses recorded"));
            text.put(Heading.SAFETY_ALERTS, lines(f.alerts().stream().map(DraftWriter::alert).toList(), "No current alerts or risks recorded"));
            text.put(Heading.LEGAL_INFORMATION, legal(f.legalStatuses()));
            text.put(Heading.INVESTIGATION_RESULTS, lines(f.observations().stream()
                    .map(m -> "- " + m.sign() + ": " + m.value() + " (" + UkDates.dateTime(m.takenAt()) + ")").toList(), ""));
        });
        if (modules.isTaken(MedicinesForDischarge.MODULE)) {
            text.put(Heading.MEDICATIONS, medicines(medicines.medicinesFor(patient.id(), episode.started(), episode.ended())));
            text.put(Heading.ALLERGIES, allergies(medicines.allergiesOf(patient.id())));
        }
        if (modules.isTaken(ClinicsForDischarge.MODULE)) {
            text.put(Heading.FUTURE_APPOINTMENTS, lines(clinics.bookedAfter(patient.id(), episode.ended(), APPOINTMENTS).stream()
                    .map(a -> "- " + UkDates.dateTime(a.startsAt()) + ", " + a.clinic() + " (" + a.type() + ")"
                            + (a.reason() == null || a.reason().isBlank() ? "" : ": " + a.reason())).toList(), "No follow-up appointments booked"));
        }
        text.put(Heading.PERSON_COMPLETING, staff.nameOf(episode.responsibleClinician()) + ", responsible clinician");
        // every heading within its bound, whatever the record holds: a discharge is never refused for a long record
        text.replaceAll((heading, t) -> t.length() <= SummaryContent.HEADING_MAX ? t
                : String.join("\n", within(List.of(t.split("\n")), SummaryContent.HEADING_MAX, "lines: see the record")));
        return SummaryContent.of(text);
    }

    static String demographics(PatientDetails p) {
        List<String> lines = new ArrayList<>();
        lines.add(p.displayName());
        lines.add("NHS number " + p.nhsNumberFormatted());
        lines.add("Born " + UkDates.date(p.birthDate()) + ", " + p.genderLabel());
        List<String> address = new ArrayList<>(p.addressLines());
        if (p.postcode() != null) {
            address.add(p.postcode());
        }
        if (!address.isEmpty()) {
            lines.add(String.join(", ", address));
        }
        if (p.deceasedDate() != null) {
            lines.add("Died " + UkDates.date(p.deceasedDate()));
        }
        return String.join("\n", lines);
    }

    private String admission(EpisodeEnded e, Optional<DischargeFacts> facts) {
        long days = Duration.between(e.started(), e.ended()).toDays();
        List<String> lines = new ArrayList<>();
        if (e.inpatient()) {
            lines.add("Admitted to " + e.place() + " on " + UkDates.dateTime(e.started()) + "; discharged on " + UkDates.dateTime(e.ended())
                    + " (" + days + (days == 1 ? " day)" : " days)"));
        } else {
            lines.add("Referral to " + e.place() + " accepted on " + UkDates.date(e.started()) + "; discharged from the service on "
                    + UkDates.date(e.ended()));
        }
        lines.add("Responsible clinician: " + staff.nameOf(e.responsibleClinician()));
        if (e.legalStatusAtStart() != null || e.legalStatusAtEnd() != null) {
            lines.add("Legal status at admission: " + legalCode(e.legalStatusAtStart(), facts) + "; at discharge: "
                    + legalCode(e.legalStatusAtEnd(), facts));
        }
        return String.join("\n", lines);
    }

    /** The classification code in words where the record's statuses name it. */
    private static String legalCode(String code, Optional<DischargeFacts> facts) {
        if (code == null) {
            return "not recorded";
        }
        if ("01".equals(code)) {
            return "Informal (01)";
        }
        return facts.flatMap(f -> f.legalStatuses().stream().filter(s -> code.equals(s.nhsCode())).findFirst())
                .map(s -> s.section() + " (" + code + ")").orElse("legal status classification " + code);
    }

    static String diagnosis(DischargeFacts.Diagnosis d) {
        String what = d.primary() ? "Primary diagnosis" : d.kind();
        String code = d.code() == null ? "" : " (" + codeSystem(d.codeSystem()) + " " + d.code() + ")";
        String since = d.onset() == null ? "" : ", since " + UkDates.date(d.onset());
        String resolved = d.resolvedOn() == null ? "" : ", resolved " + UkDates.date(d.resolvedOn());
        return "- " + what + ": " + d.term() + code + since + resolved;
    }

    private static String codeSystem(String uri) {
        return switch (uri == null ? "" : uri) {
            case "http://snomed.info/sct" -> "SNOMED CT";
            case "http://hl7.org/fhir/sid/icd-10" -> "ICD-10";
            default -> "local code";
        };
    }

    static String alert(DischargeFacts.SafetyAlert a) {
        return "- " + a.categoryLabel() + " (" + a.severity() + "): " + a.details()
                + (a.reviewDate() == null ? "" : "; review by " + UkDates.date(a.reviewDate()));
    }

    static String legal(List<DischargeFacts.LegalPeriod> statuses) {
        if (statuses.isEmpty()) {
            return "No Mental Health Act status recorded during the stay";
        }
        List<String> lines = new ArrayList<>();
        lines.add("Mental Health Act status during the stay:");
        for (DischargeFacts.LegalPeriod s : statuses) {
            String end = s.ended() != null ? ", ended " + UkDates.dateTime(s.ended())
                    : s.expires() != null ? ", in force until " + UkDates.dateTime(s.expires()) : ", in force (no fixed end)";
            lines.add("- " + s.section() + (s.nhsCode() == null ? "" : " (" + s.nhsCode() + ")") + ": from " + UkDates.dateTime(s.started()) + end);
        }
        return String.join("\n", lines);
    }

    static String medicines(DischargeMedicines m) {
        List<String> onDischarge = new ArrayList<>();
        for (var d : m.onDischarge()) {
            onDischarge.add("- " + d.medicine() + ": " + d.doseAndFrequency() + ". Pharmacy: " + d.verification()
                    + (d.change() == null ? "" : ". " + d.change().label() + " during this stay"));
        }
        List<String> changes = new ArrayList<>();
        for (var c : m.changes()) {
            String what = switch (c.kind()) {
                case STARTED -> c.after();
                case CHANGED -> "from " + c.before() + " to " + c.after();
                case STOPPED -> c.before();
                case STARTED_AND_STOPPED -> c.after();
            };
            changes.add("- " + c.kind().label() + ": " + what + ". Reason: " + Objects.requireNonNullElse(c.reason(), "not recorded"));
        }
        // a long record's lists can outgrow the heading: the changes (what the GP must act on) keep up to half of it
        int room = SummaryContent.HEADING_MAX - 100;
        List<String> changesShown = within(changes, Math.max(room / 2, room - length(onDischarge)), "changes: see the medicines record");
        List<String> lines = new ArrayList<>();
        lines.add("On discharge:");
        lines.addAll(onDischarge.isEmpty() ? List.of("- None") : within(onDischarge, room - length(changesShown), "medicines: see the medicines record"));
        lines.add("Changes since admission:");
        lines.addAll(changes.isEmpty() ? List.of("- None") : changesShown);
        return String.join("\n", lines);
    }

    /**
     * As many lines as fit in {@code budget} characters; the rest are counted in a last line, so the reader knows the
     * record holds more (a heading's text is bounded, a long record's lists are not).
     */
    static List<String> within(List<String> lines, int budget, String more) {
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (used + line.length() + 1 > budget - 80) {
                kept.add("- ... and " + (lines.size() - i) + " more " + more);
                break;
            }
            kept.add(line);
            used += line.length() + 1;
        }
        return kept;
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(l -> l.length() + 1).sum();
    }

    static String allergies(AllergyList a) {
        if (!a.recorded()) {
            return ""; // never recorded: the clinician must find out and say
        }
        if (a.active().isEmpty()) {
            return a.status();
        }
        return lines(a.active().stream().map(x -> "- " + x.allergen() + ": " + x.type()
                + (x.reaction() == null ? "" : ", " + x.reaction())
                + (x.severity() == null ? "" : ", " + x.severity())
                + (x.certainty() == null ? "" : " (" + x.certainty() + ")")).toList(), "");
    }

    private static String lines(List<String> lines, String none) {
        return lines.isEmpty() ? none : String.join("\n", lines);
    }
}
