package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openepr.medicines.application.AmendOrder;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.MedicineDictionary;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.PatientMedicines;
import org.openepr.medicines.application.Prescribe;
import org.openepr.medicines.application.ScreeningNeedsReasonException;
import org.openepr.medicines.domain.orders.Frequency;
import org.openepr.medicines.domain.orders.PrescriptionForm;
import org.openepr.medicines.domain.screening.ScreeningResult;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.persistence.ServiceClock;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/**
 * Prescribe (or amend) an order: choose the medicine (formulary first), dose, frequency, dates, indication; "Check"
 * shows the screening findings before anything is saved; a finding that needs it asks for a reason. One submission id
 * per form, so a double click saves one order.
 */
@Named
@ViewScoped
@UserAction
public class PrescribePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Prescribe prescribe;

    @Inject
    AmendOrder amendOrder;

    @Inject
    PatientMedicines medicines;

    @Inject
    MedicineDictionary dictionary;

    @Inject
    ServiceClock clock;

    private String patient;
    private String order;
    private UUID patientId;
    private OrderView amending;
    private PatientMedicines.Medicines record;
    private final UUID submission = UUID.randomUUID();
    private MedicineChoice medicine;
    private String dose;
    private String frequency;
    private String maxDoses;
    private String start;
    private String end;
    private String indication;
    private String notes;
    private String service;
    private String overrideReason;
    private ScreeningResult screening;

    public void load() {
        if (patientId != null) {
            return;
        }
        if (order != null && !order.isBlank()) {
            amending = medicines.order(Ids.of("order", order));
            patientId = amending.patientId();
            var form = PrescriptionForm.of(amending.prescription());
            medicine = dictionary.medicine(amending.productId()).orElse(null);
            dose = form.dose();
            frequency = form.frequency();
            maxDoses = form.maxDosesPer24Hours();
            start = form.start();
            end = form.end();
            indication = form.indication();
            notes = form.notes();
            service = amending.service();
        } else {
            patientId = Ids.of("patient", patient);
            start = UkDates.typed(clock.today());
        }
        record = medicines.of(patientId);
    }

    public List<MedicineChoice> completeMedicine(String text) {
        return dictionary.search(text, 20);
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    private PrescriptionForm form() {
        return new PrescriptionForm(medicine == null ? null : medicine.productId(), null, dose, frequency, maxDoses, start, end, indication, notes);
    }

    /** Screens without saving, so the prescriber sees the findings first. */
    public void check() {
        screening = prescribe.preview(patientId, form());
        if (!screening.needsReason()) {
            FacesProblems.notice("Screened: " + screening.headline());
        }
    }

    public String save() {
        try {
            OrderView saved = amending == null
                    ? prescribe.prescribe(submission, patientId, service, form(), overrideReason).order()
                    : amendOrder.amend(amending.id(), amending.version(), form(), overrideReason);
            FacesProblems.noticeOnNextPage(saved.productName() + " " + saved.doseAndFrequency() + (amending == null ? " prescribed" : " changed")
                    + ": " + saved.status().label().toLowerCase());
            return "/medicines/order.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (ScreeningNeedsReasonException e) {
            screening = e.screening(); // show the findings that need the reason beside the form
            throw e;
        }
    }

    public Optional<MedicineChoice> getChosen() {
        return Optional.ofNullable(medicine);
    }

    public boolean isReasonNeeded() {
        return screening != null && screening.needsReason();
    }

    public PatientMedicines.Medicines getRecord() { return record; }
    public OrderView getAmending() { return amending; }
    public ScreeningResult getScreening() { return screening; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getOrder() { return order; }
    public void setOrder(String v) { order = v; }
    public MedicineChoice getMedicine() { return medicine; }
    public void setMedicine(MedicineChoice v) { medicine = v; screening = null; }
    public String getDose() { return dose; }
    public void setDose(String v) { dose = v; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String v) { frequency = v; }
    public String getMaxDoses() { return maxDoses; }
    public void setMaxDoses(String v) { maxDoses = v; }
    public String getStart() { return start; }
    public void setStart(String v) { start = v; }
    public String getEnd() { return end; }
    public void setEnd(String v) { end = v; }
    public String getIndication() { return indication; }
    public void setIndication(String v) { indication = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public String getService() { return service; }
    public void setService(String v) { service = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
