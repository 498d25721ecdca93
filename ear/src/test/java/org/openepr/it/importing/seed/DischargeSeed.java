package org.openepr.it.importing.seed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openepr.discharge.application.episodes.AcceptReferral;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.application.episodes.DischargePatient;
import org.openepr.discharge.application.episodes.ReadEpisodes;
import org.openepr.discharge.application.episodes.RecordLeave;
import org.openepr.discharge.application.episodes.TransferPatient;
import org.openepr.discharge.application.episodes.WardSetup;
import org.openepr.discharge.application.sending.ManualHandling;
import org.openepr.discharge.application.summary.EditSummary;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.application.summary.SignSummary;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.it.importing.RoundTrip;
import org.openepr.it.support.Beans;
import org.openepr.it.support.GpMailboxControl;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.trust.TrustContext;

/**
 * Every kind of discharge record, for the round trip, made through the module's own use cases in the current trust
 * (inside {@code RoundTrip.as}, as a clinician who is also the trust's admin): three wards (one closed after use); per
 * patient, in turn, a community episode (every other one discharged from the service) or an admission with a transfer,
 * section 17 leave and its return, and a discharge, whose summary is then left as the system drafted it, saved
 * (awaiting signature), signed, signed and corrected (version 2 replacing 1), or signed with a correction in progress.
 * Signed letters go to the stand-in GP mailbox (delivered or accepted when it answers; one patient's refused, so
 * failed), patients without a GP practice go to manual handling (half of them recorded as posted); once the stand-in has
 * answered every letter, one more correction is signed with the mailbox down, so one letter is still queued at the export.
 * One admission stays open with the patient on leave. The caller must reset the stand-in mailbox afterwards.
 */
public final class DischargeSeed {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Every mandatory heading filled: what a clinician types before signing. */
    static final String SIGNABLE = "{\"patient-demographics\":\"As registered\",\"gp-practice\":\"As registered\","
            + "\"clinical-summary\":\"Admitted in crisis; settled on the ward.\\nMood improved.\",\"allergies-and-adverse-reaction\":\"None known\","
            + "\"person-completing-record\":\"Ward doctor\",\"plan-and-requested-actions\":\"GP to review sertraline in 4 weeks <not before>.\"}";

    private DischargeSeed() {
    }

    public static void seed(List<UUID> patients) {
        Beans.get(StaffDirectory.class).signedIn(); // the forms offer the trust's clinicians: the caller is one
        String me = Beans.get(TrustContext.class).caller().userId();
        WardSetup wardSetup = Beans.get(WardSetup.class);
        Ward willow = wardSetup.add(UUID.randomUUID(), "Willow ward");
        Ward oak = wardSetup.add(UUID.randomUUID(), "Oak ward");
        Ward elm = wardSetup.add(UUID.randomUUID(), "Elm ward");
        // wards no episode names: one open, one closed (the export carries every ward)
        wardSetup.add(UUID.randomUUID(), "Cedar ward");
        Ward birch = wardSetup.add(UUID.randomUUID(), "Birch ward");
        wardSetup.close(birch.id(), birch.version());
        AdmitPatient admit = Beans.get(AdmitPatient.class);
        TransferPatient transfer = Beans.get(TransferPatient.class);
        RecordLeave leave = Beans.get(RecordLeave.class);
        DischargePatient discharge = Beans.get(DischargePatient.class);
        AcceptReferral accept = Beans.get(AcceptReferral.class);
        ReadEpisodes episodes = Beans.get(ReadEpisodes.class);
        ReadSummaries summaries = Beans.get(ReadSummaries.class);
        EditSummary edit = Beans.get(EditSummary.class);
        SignSummary sign = Beans.get(SignSummary.class);
        PatientDirectory directory = Beans.get(PatientDirectory.class);
        LocalDate today = LocalDate.now(org.openepr.platform.time.UkDates.UK);

        boolean refused = false;
        List<UUID> corrected = new ArrayList<>(); // signed twice, to a GP practice
        for (int i = 0; i < patients.size(); i++) {
            UUID patient = patients.get(i);
            LocalDate day = today.minusDays(40 - i % 25);
            if (i % 4 == 0) {
                UUID episode = UUID.randomUUID();
                accept.accept(episode, patient, new AcceptReferral.AcceptForm(null, i % 8 == 0 ? "Community mental health" : "Early intervention",
                        day.minusDays(10).format(DAY), "North team", day.format(DAY), me, i % 8 == 0 ? "98" : "01"));
                if (i % 8 == 0) {
                    end(discharge, episodes, episode, day.plusDays(12), "14:00", "98", "Goals met");
                }
                continue;
            }
            UUID episode = UUID.randomUUID();
            Ward first = i == 1 ? elm : willow;
            admit.admit(episode, patient, new AdmitPatient.AdmitForm(first.id().toString(), day.format(DAY), "09:1" + i % 10, me, i % 3 == 0 ? "03" : "01"));
            transfer.transfer(episode, version(episodes, episode), UUID.randomUUID(),
                    new TransferPatient.TransferForm(oak.id().toString(), day.plusDays(1).format(DAY), "10:00", me));
            leave.start(episode, version(episodes, episode), UUID.randomUUID(),
                    new RecordLeave.LeaveForm(i % 3 == 0 ? "SECTION_17" : "AGREED", day.plusDays(2).format(DAY), "14:00", day.plusDays(2).format(DAY), "18:00"));
            if (i == 3) {
                continue; // still admitted, on leave
            }
            leave.end(episode, version(episodes, episode), UUID.randomUUID(), day.plusDays(2).format(DAY), "17:30");
            end(discharge, episodes, episode, day.plusDays(5), "11:00", i % 3 == 0 ? "03" : "01", null);

            UUID summary = summaries.ofEpisode(episode).orElseThrow();
            int revision = summaries.summary(summary).revision();
            switch ((i + 2) % 5) { // every kind meets patients with a GP practice and without
                case 0 -> {
                } // as the system drafted it
                case 1 -> edit.save(UUID.randomUUID().toString(), summary, revision, SIGNABLE);
                default -> {
                    if (!refused && directory.details(patient).map(p -> p.gpPractice() != null && p.nhsNumber() != null).orElse(false)) {
                        GpMailboxControl.set("reject=30002&nhs=" + directory.details(patient).orElseThrow().nhsNumber()); // this letter fails
                        refused = true;
                    }
                    int signed = sign.sign(UUID.randomUUID().toString(), summary, revision, SIGNABLE).revision();
                    if ((i + 2) % 5 >= 3) {
                        int correcting = edit.startCorrection(UUID.randomUUID().toString(), summary, signed).revision();
                        if ((i + 2) % 5 == 3) {
                            sign.sign(UUID.randomUUID().toString(), summary, correcting, SIGNABLE.replace("Mood improved.", "Mood much improved."));
                            if (directory.details(patient).orElseThrow().gpPractice() != null) {
                                corrected.add(summary);
                            }
                        }
                    }
                }
            }
        }
        Beans.get(WardSetup.class).close(elm.id(), elm.version()); // closed after its one admission

        ManualHandling manual = Beans.get(ManualHandling.class);
        List<ManualHandling.Waiting> waiting = manual.waiting();
        for (int k = 0; k < waiting.size(); k += 2) {
            if (waiting.get(k).gpPractice() == null) { // no GP practice (a failed one stays for staff to see)
                manual.record(waiting.get(k).dispatchId(), waiting.get(k).rowVersion(), "POSTED", "Posted first class");
            }
        }
        awaitNothingQueued();

        // one more correction signed while the mailbox is down: queued (retrying) at the export
        GpMailboxControl.set("mode=down");
        UUID last = corrected.get(corrected.size() - 1);
        int correcting = edit.startCorrection(UUID.randomUUID().toString(), last, summaries.summary(last).revision()).revision();
        sign.sign(UUID.randomUUID().toString(), last, correcting, SIGNABLE.replace("settled", "settled well"));
    }

    private static void end(DischargePatient discharge, ReadEpisodes episodes, UUID episode, LocalDate on, String time, String legal, String reason) {
        discharge.discharge(episode, version(episodes, episode), UUID.randomUUID(), new DischargePatient.DischargeForm(on.format(DAY), time, legal, reason));
    }

    private static int version(ReadEpisodes episodes, UUID episode) {
        return episodes.episode(episode).episode().version();
    }

    /** Until the stand-in has answered every MESH letter (a minute at most): delivered, accepted or failed. */
    private static void awaitNothingQueued() {
        var trust = Beans.get(TrustContext.class).requireTrust();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            while (RoundTrip.rows(trust, "select count(*) from summary_dispatch where route = 'MESH' and state in ('QUEUED', 'SENT')") > 0) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("Letters were still queued or unanswered after a minute");
                }
                Thread.sleep(200);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
