package org.openepr.discharge.interfaces.web.episodes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.discharge.application.episodes.AcceptReferral;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.LegalStatusClassification;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Accept a referral onto a team's caseload: one from clinic management's waiting list, or one typed as the referrer
 * wrote it. The episode's id is fixed when the form opens, so pressing Accept twice accepts once.
 */
@Named
@ViewScoped
@UserAction
public class AcceptReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AcceptReferral accept;

    @Inject
    ServiceClock clock;

    private final UUID submission = UUID.randomUUID();
    private String patient;
    private AcceptReferral.AcceptChoices choices;
    private String referral;
    private String service;
    private String referralDate;
    private String team;
    private String acceptedOn;
    private String leadProfessional;
    private String legalStatus;

    public void load() {
        if (choices == null) {
            choices = accept.choices(Ids.of("patient", patient));
            acceptedOn = UkDates.typed(clock.today());
            legalStatus = choices.legalStatus().suggested() == null ? null : choices.legalStatus().suggested().name();
            if (!choices.referrals().isEmpty()) {
                referral = choices.referrals().get(0).id().toString();
            }
        }
    }

    public String accept() {
        EpisodeOfCare e = accept.accept(submission, choices.patient().id(),
                new AcceptReferral.AcceptForm(referral, service, referralDate, team, acceptedOn, leadProfessional, legalStatus));
        FacesProblems.noticeOnNextPage(choices.patient().displayName() + " accepted onto the caseload of " + e.service());
        return "/discharge/episodes/episode.xhtml?faces-redirect=true&episode=" + e.id();
    }

    public LegalStatusClassification[] getLegalStatuses() { return LegalStatusClassification.values(); }
    public AcceptReferral.AcceptChoices getChoices() { return choices; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getReferral() { return referral; }
    public void setReferral(String v) { referral = v; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getReferralDate() { return referralDate; }
    public void setReferralDate(String v) { referralDate = v; }
    public String getTeam() { return team; }
    public void setTeam(String v) { team = v; }
    public String getAcceptedOn() { return acceptedOn; }
    public void setAcceptedOn(String v) { acceptedOn = v; }
    public String getLeadProfessional() { return leadProfessional; }
    public void setLeadProfessional(String v) { leadProfessional = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
}
