package org.openepr.clinics.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.openepr.platform.persistence.TrustOwned;

/**
 * One of a trust's decisions for its clinics, by name. The first: {@link #DNA_NEXT_STEP}, what the clinician is
 * offered first when a patient does not attend (another appointment, or discharge back to the referrer).
 */
@Entity
@Table(name = "clinic_setting")
public class ClinicSetting extends TrustOwned {

    public static final String DNA_NEXT_STEP = "dna_next_step";

    @Id
    private String name;

    private String value;

    @Version
    private int version;

    protected ClinicSetting() {
    }

    public ClinicSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /** Until a trust decides, a patient who does not attend is offered another appointment. */
    public static NextStep dnaNextStep(java.util.Optional<ClinicSetting> setting) {
        NextStep step = setting.map(s -> NextStep.parse(s.value)).orElse(NextStep.OFFER_ANOTHER);
        if (!NextStep.after(Outcome.DID_NOT_ATTEND).contains(step)) {
            throw new IllegalStateException("The trust's DNA decision must be offer another or discharge to referrer, not " + step);
        }
        return step;
    }

    public void change(String newValue) {
        this.value = newValue;
    }

    public String name() { return name; }
    public String value() { return value; }
}
