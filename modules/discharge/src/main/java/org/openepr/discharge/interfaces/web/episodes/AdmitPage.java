package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.discharge.application.episodes.AdmitPatient;
import org.openepr.discharge.domain.episodes.Admission;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Admit a patient to a ward. The admission's id is fixed when the form opens, so pressing Admit twice admits once; the
 * legal status starts as the case record's current one.
 */
@Named
@ViewScoped
@UserAction
public class AdmitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdmitPatient admit;

    @Inject
    ServiceClock clock;

    private final UUID submission = UUID.randomUUID();
    private String patient;
    private AdmitPatient.AdmissionChoices choices;
    private String ward;
    private String date;
    private String time;
    private String responsibleClinician;
    private String legalStatus;

    public void load() {
        if (choices == null) {
            choices = admit.choices(Ids.of("patient", patient));
            TypedNow now = TypedNow.of(clock);
            date = now.date();
            time = now.time();
            legalStatus = choices.legalStatus().suggested() == null ? null : choices.legalStatus().suggested().name();
        }
    }

    public String admit() {
        Admission a = admit.admit(submission, choices.patient().id(), new AdmitPatient.AdmitForm(ward, date, time, responsibleClinician, legalStatus));
        FacesProblems.noticeOnNextPage(choices.patient().displayName() + " admitted to " + a.currentStay().wardName());
        return "/discharge/episodes/episode.xhtml?faces-redirect=true&episode=" + a.episode().id();
    }

    public LegalStatusClassification[] getLegalStatuses() { return LegalStatusClassification.values(); }
    public AdmitPatient.AdmissionChoices getChoices() { return choices; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getWard() { return ward; }
    public void setWard(String v) { ward = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getTime() { return time; }
    public void setTime(String v) { time = v; }
    public String getResponsibleClinician() { return responsibleClinician; }
    public void setResponsibleClinician(String v) { responsibleClinician = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
}
