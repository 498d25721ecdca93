package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.medicines.application.Allergies;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.medicines.domain.allergies.AllergyEntry;
import org.openepr.medicines.domain.allergies.AllergySeverity;
import org.openepr.medicines.domain.allergies.Certainty;
import org.openepr.medicines.domain.allergies.ReactionType;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** A patient's allergy record: record an allergy or "no known drug allergies", end an entry with a reason. */
@Named
@ViewScoped
@UserAction
public class AllergiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Allergies allergies;

    @Inject
    MedicineDictionary dictionary;

    private String patient;
    private UUID patientId;
    private Allergies.AllergyRecord record;
    private String allergen;
    private String reactionType = ReactionType.ALLERGY.name();
    private String reaction;
    private String severity;
    private String certainty = Certainty.CONFIRMED.name();
    private String onset;
    private String endReason;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            record = allergies.forPatient(patientId);
        }
    }

    public List<MedicineDictionary.Allergen> completeAllergen(String text) {
        return dictionary.allergens(text, 15);
    }

    public void recordAllergy() {
        AllergyEntry e = allergies.record(patientId, new Allergies.AllergyForm(allergen, reactionType, reaction, severity, certainty, onset));
        FacesProblems.notice(e.reactionType().label() + " to " + e.description() + " recorded");
        allergen = null;
        reaction = null;
        severity = null;
        onset = null;
        record = allergies.forPatient(patientId);
    }

    public void recordNoKnownAllergies() {
        allergies.recordNoKnownAllergies(patientId);
        FacesProblems.notice("No known drug allergies recorded");
        record = allergies.forPatient(patientId);
    }

    public void end(AllergyEntry entry) {
        allergies.end(entry.id(), entry.version(), endReason);
        FacesProblems.notice(entry.description() + ": entry ended");
        endReason = null;
        record = allergies.forPatient(patientId);
    }

    public ReactionType[] getReactionTypes() { return ReactionType.values(); }
    public AllergySeverity[] getSeverities() { return AllergySeverity.values(); }
    public Certainty[] getCertainties() { return Certainty.values(); }
    public Allergies.AllergyRecord getRecord() { return record; }
    public UUID getPatientId() { return patientId; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getAllergen() { return allergen; }
    public void setAllergen(String v) { allergen = v; }
    public String getReactionType() { return reactionType; }
    public void setReactionType(String v) { reactionType = v; }
    public String getReaction() { return reaction; }
    public void setReaction(String v) { reaction = v; }
    public String getSeverity() { return severity; }
    public void setSeverity(String v) { severity = v; }
    public String getCertainty() { return certainty; }
    public void setCertainty(String v) { certainty = v; }
    public String getOnset() { return onset; }
    public void setOnset(String v) { onset = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { endReason = v; }
}
