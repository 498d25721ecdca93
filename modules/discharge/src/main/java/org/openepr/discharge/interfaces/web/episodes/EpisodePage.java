package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.application.episodes.DischargePatient;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.application.episodes.RecordLeave;
import org.openepr.discharge.application.episodes.TransferPatient;
import org.openepr.discharge.application.episodes.OpenEpisode;
import org.openepr.discharge.application.summary.ReadSummaries;
import org.openepr.discharge.domain.episodes.LeaveKind;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * One episode of care: its details, ward stays and leave, and what can happen next: for an admission, transfer, leave
 * and return, discharge from the ward; for a community episode, discharge from the service. Each form carries the
 * version the page was opened on (an older one is refused, saying who changed it) and a submission id (sent twice, saved once).
 */
@Named
@ViewScoped
@UserAction
public class EpisodePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DischargePatient dischargePatient;

    @Inject
    TransferPatient transferPatient;

    @Inject
    RecordLeave recordLeave;

    @Inject
    OpenEpisode openEpisode;

    @Inject
    ReadSummaries summaries;

    @Inject
    Permissions permissions;

    @Inject
    ServiceClock clock;

    private String episode;
    private UUID episodeId;
    private EpisodeView view;
    private String recordedLegalStatus;
    private List<Ward> wards;
    private List<StaffMember> clinicians;
    private boolean canChange;
    private UUID submission;
    private UUID summaryId;

    private String ward;
    private String transferDate;
    private String transferTime;
    private String responsibleClinician;
    private String leaveKind;
    private String leaveDate;
    private String leaveTime;
    private String dueBackDate;
    private String dueBackTime;
    private String returnDate;
    private String returnTime;
    private String dischargeDate;
    private String dischargeTime;
    private String legalStatus;
    private String reason;

    public void load() {
        if (view == null) {
            episodeId = Ids.of("episode of care", episode);
            canChange = permissions.allows(AdmitPatient.class);
            reload();
        }
    }

    /** After each change: the episode as it is now, fresh forms, a new submission id. */
    private void reload() {
        var forms = openEpisode.open(episodeId);
        view = forms.episode();
        recordedLegalStatus = forms.legalStatus().recorded();
        legalStatus = forms.legalStatus().suggested() == null ? null : forms.legalStatus().suggested().name();
        wards = forms.wards();
        clinicians = forms.clinicians();
        responsibleClinician = view.episode().responsibleClinician();
        TypedNow now = TypedNow.of(clock);
        transferDate = leaveDate = returnDate = dischargeDate = now.date();
        transferTime = leaveTime = returnTime = dischargeTime = now.time();
        ward = null;
        leaveKind = null;
        dueBackDate = null;
        dueBackTime = null;
        reason = null;
        submission = UUID.randomUUID();
        // once discharged, the page leads straight to the draft the discharge made
        summaryId = !view.isOpen() && permissions.allows(ReadSummaries.class) ? summaries.ofEpisode(episodeId).orElse(null) : null;
    }

    public void transfer() {
        var a = transferPatient.transfer(episodeId, view.episode().version(), submission,
                new TransferPatient.TransferForm(ward, transferDate, transferTime, responsibleClinician));
        FacesProblems.notice("Transferred to " + a.currentStay().wardName());
        reload();
    }

    public void startLeave() {
        recordLeave.start(episodeId, view.episode().version(), submission,
                new RecordLeave.LeaveForm(leaveKind, leaveDate, leaveTime, dueBackDate, dueBackTime));
        FacesProblems.notice("On leave");
        reload();
    }

    public void endLeave() {
        recordLeave.end(episodeId, view.episode().version(), submission, returnDate, returnTime);
        FacesProblems.notice("Back from leave");
        reload();
    }

    public void discharge() {
        var e = dischargePatient.discharge(episodeId, view.episode().version(), submission,
                new DischargePatient.DischargeForm(dischargeDate, dischargeTime, legalStatus, reason));
        FacesProblems.notice(view.patient().displayName() + " discharged from " + e.place());
        reload();
    }

    public UUID getSummaryId() { return summaryId; }

    public List<StaffMember> getClinicians() { return clinicians; }

    public LegalStatusClassification[] getLegalStatuses() { return LegalStatusClassification.values(); }
    public LeaveKind[] getLeaveKinds() { return LeaveKind.values(); }
    public EpisodeView getView() { return view; }
    public String getRecordedLegalStatus() { return recordedLegalStatus; }
    public List<Ward> getWards() { return wards; }
    public boolean isCanChange() { return canChange; }
    public String getEpisode() { return episode; }
    public void setEpisode(String v) { episode = v; }
    public String getWard() { return ward; }
    public void setWard(String v) { ward = v; }
    public String getTransferDate() { return transferDate; }
    public void setTransferDate(String v) { transferDate = v; }
    public String getTransferTime() { return transferTime; }
    public void setTransferTime(String v) { transferTime = v; }
    public String getResponsibleClinician() { return responsibleClinician; }
    public void setResponsibleClinician(String v) { responsibleClinician = v; }
    public String getLeaveKind() { return leaveKind; }
    public void setLeaveKind(String v) { leaveKind = v; }
    public String getLeaveDate() { return leaveDate; }
    public void setLeaveDate(String v) { leaveDate = v; }
    public String getLeaveTime() { return leaveTime; }
    public void setLeaveTime(String v) { leaveTime = v; }
    public String getDueBackDate() { return dueBackDate; }
    public void setDueBackDate(String v) { dueBackDate = v; }
    public String getDueBackTime() { return dueBackTime; }
    public void setDueBackTime(String v) { dueBackTime = v; }
    public String getReturnDate() { return returnDate; }
    public void setReturnDate(String v) { returnDate = v; }
    public String getReturnTime() { return returnTime; }
    public void setReturnTime(String v) { returnTime = v; }
    public String getDischargeDate() { return dischargeDate; }
    public void setDischargeDate(String v) { dischargeDate = v; }
    public String getDischargeTime() { return dischargeTime; }
    public void setDischargeTime(String v) { dischargeTime = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
