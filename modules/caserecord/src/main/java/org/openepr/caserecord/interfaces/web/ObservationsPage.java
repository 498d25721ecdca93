package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openepr.caserecord.application.observations.MarkObservationEnteredInError;
import org.openepr.caserecord.application.observations.ReadObservations;
import org.openepr.caserecord.application.observations.RecordObservations;
import org.openepr.caserecord.domain.observations.Observation;
import org.openepr.caserecord.domain.observations.VitalSign;
import org.openepr.caserecord.domain.observations.VitalSignsForm;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * A patient's vital signs: enter a set (any of them, one form), see weight and blood pressure (and one more sign of
 * the user's choice) charted over the last twelve months, every value also in the table below; mark a wrong one
 * entered in error.
 */
@Named
@ViewScoped
@UserAction
public class ObservationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordObservations record;

    @Inject
    ReadObservations read;

    @Inject
    MarkObservationEnteredInError enteredInError;

    @Inject
    ServiceClock clock;

    @Inject
    Permissions permissions;

    private String patient;
    private UUID patientId;
    private ReadObservations.History history;
    private String weightChart;
    private String pressureChart;
    private String otherChart;
    private String otherSign = VitalSign.PULSE.name();
    private String weight;
    private String height;
    private String systolic;
    private String diastolic;
    private String pulse;
    private String temperature;
    private String oxygenSaturation;
    private String takenOn;
    private String takenTime;
    private String reason;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            takenNow();
            refresh();
        }
    }

    private void takenNow() {
        String[] now = VitalSignsForm.dayAndTime(clock.instant());
        takenOn = now[0];
        takenTime = now[1];
    }

    private void refresh() {
        history = read.history(patientId);
        charts();
    }

    private void charts() {
        weightChart = VitalSignsChart.of(VitalSign.BODY_WEIGHT, history.observations());
        pressureChart = VitalSignsChart.of(VitalSign.BLOOD_PRESSURE, history.observations());
        otherChart = VitalSignsChart.of(VitalSign.valueOf(otherSign), history.observations());
    }

    public void recordSet() {
        List<Observation> made = record.record(patientId, new VitalSignsForm(weight, height, systolic, diastolic, pulse, temperature,
                oxygenSaturation, takenOn, takenTime));
        FacesProblems.notice("Recorded: " + made.stream().map(o -> o.kind().label() + " " + o.display()).collect(Collectors.joining(", ")));
        weight = height = systolic = diastolic = pulse = temperature = oxygenSaturation = null;
        takenNow();
        refresh();
    }

    public void markEnteredInError(Observation o) {
        enteredInError.mark(o.id(), o.version(), reason);
        FacesProblems.notice(o.kind().label() + " " + o.display() + " of " + UkDates.dateTime(o.takenAt()) + " marked entered in error");
        reason = null;
        refresh();
    }

    /** Chart another sign in the third chart (from the history already loaded: no second read). */
    public void chooseSign() {
        VitalSign.valueOf(otherSign);
        charts();
    }

    public boolean hasPoints(String sign) {
        return history != null && VitalSignsChart.hasPoints(VitalSign.valueOf(sign), history.observations());
    }

    public List<VitalSign> getChartableSigns() {
        return Arrays.stream(VitalSign.values()).filter(s -> s != VitalSign.BODY_WEIGHT && s != VitalSign.BLOOD_PRESSURE).toList();
    }

    public boolean isCanRecord() {
        return permissions.allows(RecordObservations.class);
    }

    public int getChartMonths() { return ReadObservations.CHART_MONTHS; }
    public int getChartMax() { return ReadObservations.CHART_MAX; }
    public ReadObservations.History getHistory() { return history; }
    public String getWeightChart() { return weightChart; }
    public String getPressureChart() { return pressureChart; }
    public String getOtherChart() { return otherChart; }
    public String getOtherSignLabel() { return VitalSign.valueOf(otherSign).label(); }
    public UUID getPatientId() { return patientId; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getOtherSign() { return otherSign; }
    public void setOtherSign(String v) { otherSign = v; }
    public String getWeight() { return weight; }
    public void setWeight(String v) { weight = v; }
    public String getHeight() { return height; }
    public void setHeight(String v) { height = v; }
    public String getSystolic() { return systolic; }
    public void setSystolic(String v) { systolic = v; }
    public String getDiastolic() { return diastolic; }
    public void setDiastolic(String v) { diastolic = v; }
    public String getPulse() { return pulse; }
    public void setPulse(String v) { pulse = v; }
    public String getTemperature() { return temperature; }
    public void setTemperature(String v) { temperature = v; }
    public String getOxygenSaturation() { return oxygenSaturation; }
    public void setOxygenSaturation(String v) { oxygenSaturation = v; }
    public String getTakenOn() { return takenOn; }
    public void setTakenOn(String v) { takenOn = v; }
    public String getTakenTime() { return takenTime; }
    public void setTakenTime(String v) { takenTime = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
