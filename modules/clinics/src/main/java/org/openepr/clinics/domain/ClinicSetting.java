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
    /** The hour the clinic schedule's grid starts at (HH:MM), so a trust's first sessions are on screen without scrolling. */
    public static final String SCHEDULE_DAY_STARTS = "schedule_day_starts";
    public static final java.time.LocalTime SCHEDULE_DAY_STARTS_DEFAULT = java.time.LocalTime.of(8, 0);

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

    /** Until a trust decides, the schedule's grid starts at 08:00. */
    public static java.time.LocalTime scheduleDayStarts(java.util.Optional<ClinicSetting> setting) {
        return setting.map(s -> java.time.LocalTime.parse(s.value)).orElse(SCHEDULE_DAY_STARTS_DEFAULT);
    }

    public void change(String newValue) {
        this.value = newValue;
    }

    public String name() { return name; }
    public String value() { return value; }
}
