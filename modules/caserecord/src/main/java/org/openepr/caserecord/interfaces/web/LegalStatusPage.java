package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.caserecord.application.facts.EndLegalStatus;
import org.openepr.caserecord.application.facts.LegalStatusHistory;
import org.openepr.caserecord.application.facts.RecordLegalStatus;
import org.openepr.caserecord.application.facts.RenewLegalStatus;
import org.openepr.caserecord.domain.legal.LegalStatus;
import org.openepr.caserecord.domain.legal.MentalHealthActSection;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** A patient's legal status: the current one with its countdown, a new one (ending the current), renewal, end; the history. */
@Named
@ViewScoped
@UserAction
public class LegalStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalStatusHistory history;

    @Inject
    RecordLegalStatus recordLegalStatus;

    @Inject
    RenewLegalStatus renewLegalStatus;

    @Inject
    EndLegalStatus endLegalStatus;

    @Inject
    Permissions permissions;

    private String patient;
    private UUID patientId;
    private LegalStatusHistory.History record;
    private boolean canChange;
    private String section;
    private String startDate;
    private String startTime;
    private String endDate;
    private String endTime;
    private String endReason;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            canChange = permissions.allows(RecordLegalStatus.class);
            record = history.forPatient(patientId);
        }
    }

    public void recordStatus() {
        LegalStatus s = recordLegalStatus.record(patientId, new RecordLegalStatus.LegalStatusForm(section, startDate, startTime));
        FacesProblems.notice(s.section().label() + " recorded");
        section = null;
        startDate = null;
        startTime = null;
        record = history.forPatient(patientId);
    }

    public void renew() {
        LegalStatus current = record.current().orElseThrow();
        LegalStatus s = renewLegalStatus.renew(current.id(), current.version());
        FacesProblems.notice(s.section().label() + " renewed");
        record = history.forPatient(patientId);
    }

    public void end() {
        LegalStatus current = record.current().orElseThrow();
        LegalStatus s = endLegalStatus.end(current.id(), current.version(), endDate, endTime, endReason);
        FacesProblems.notice(s.section().label() + " ended");
        endDate = null;
        endTime = null;
        endReason = null;
        record = history.forPatient(patientId);
    }

    public MentalHealthActSection[] getSections() { return MentalHealthActSection.values(); }
    public LegalStatusHistory.History getRecord() { return record; }
    public LegalStatus getCurrent() { return record == null ? null : record.current().orElse(null); }
    public boolean isCanChange() { return canChange; }
    public UUID getPatientId() { return patientId; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getSection() { return section; }
    public void setSection(String v) { section = v; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String v) { startDate = v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String v) { endDate = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
}
