package org.openepr.caserecord.domain.observations;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.openepr.platform.persistence.TrustOwned;
import org.openepr.platform.persistence.UuidConverter;

/**
 * One measurement of one vital sign, taken at a time, recorded by someone. Never edited in place and never deleted:
 * a wrong figure is marked entered in error (who, when, why) and stays in the record; a corrected figure is a new
 * observation. A body mass index names the weight and height it came from.
 */
@Entity
@Table(name = "observation")
public class Observation extends TrustOwned {

    /** Systolic above diastolic, the database's second line behind {@link BloodPressure}. */
    public static final String PRESSURE_ORDER = "observation_pressure_order";

    @Id
    private UUID id;

    @Column(name = "patient_id")
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    private VitalSign kind;

    /** The value; for blood pressure the systolic. */
    private BigDecimal value;

    /** The diastolic pressure; null for every other sign. */
    private BigDecimal diastolic;

    @Column(name = "taken_at")
    private Instant takenAt;

    /** The observations typed together share it (one form, one set). */
    @Column(name = "set_id")
    private UUID setId;

    @Convert(converter = UuidConverter.class)
    @Column(name = "derived_from_weight")
    private UUID derivedFromWeight;

    @Convert(converter = UuidConverter.class)
    @Column(name = "derived_from_height")
    private UUID derivedFromHeight;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "entered_in_error_at")
    private Instant enteredInErrorAt;

    @Column(name = "entered_in_error_by")
    private String enteredInErrorBy;

    @Column(name = "entered_in_error_reason")
    private String enteredInErrorReason;

    @Version
    private int version;

    protected Observation() {
    }

    /** Who recorded a set, when, and when it was taken. */
    public record Recording(UUID patientId, UUID setId, Instant takenAt, String by, Instant at) {
    }

    public static Observation measured(Recording r, VitalSign kind, BigDecimal value) {
        if (kind == VitalSign.BLOOD_PRESSURE || kind.isDerived()) {
            throw new IllegalArgumentException(kind.label() + " is not a single typed value");
        }
        return of(r, kind, kind.range().check(kind.label(), kind.kept(value)), null);
    }

    public static Observation bloodPressure(Recording r, BloodPressure bp) {
        return of(r, VitalSign.BLOOD_PRESSURE, bp.systolic(), bp.diastolic());
    }

    /** The BMI from this weight and the given height (the latest on record, or one taken with the weight). */
    public static Observation bodyMassIndex(Recording r, Observation weight, Observation height) {
        if (weight.kind != VitalSign.BODY_WEIGHT || height.kind != VitalSign.BODY_HEIGHT) {
            throw new IllegalArgumentException("A body mass index comes from a weight and a height");
        }
        Observation bmi = of(r, VitalSign.BODY_MASS_INDEX, BodyMassIndex.of(weight.value(), height.value()), null);
        bmi.derivedFromWeight = weight.id;
        bmi.derivedFromHeight = height.id;
        return bmi;
    }

    /**
     * A value as another instance's export held it, under a new id (the whole-trust import): as it was recorded, not
     * checked against today's plausible ranges, and entered in error if it was.
     */
    public static Observation imported(UUID id, Recording r, VitalSign kind, BigDecimal value, BigDecimal diastolic, UUID derivedFromWeight,
            UUID derivedFromHeight) {
        if ((kind == VitalSign.BLOOD_PRESSURE) != (diastolic != null)) {
            throw new IllegalArgumentException("A blood pressure, and only a blood pressure, has a diastolic value");
        }
        Observation o = of(r, kind, value, diastolic);
        o.id = id;
        o.derivedFromWeight = derivedFromWeight;
        o.derivedFromHeight = derivedFromHeight;
        return o;
    }

    private static Observation of(Recording r, VitalSign kind, BigDecimal value, BigDecimal diastolic) {
        Observation o = new Observation();
        o.id = UUID.randomUUID();
        o.patientId = r.patientId();
        o.setId = r.setId();
        o.kind = kind;
        o.value = value;
        o.diastolic = diastolic;
        o.takenAt = r.takenAt();
        o.recordedBy = r.by();
        o.recordedAt = r.at();
        return o;
    }

    public void enteredInError(String by, Instant at, String reason) {
        if (enteredInErrorAt != null) {
            throw new IllegalStateException("Already marked entered in error");
        }
        enteredInErrorAt = at;
        enteredInErrorBy = by;
        enteredInErrorReason = reason;
    }

    public boolean isEnteredInError() {
        return enteredInErrorAt != null;
    }

    /** A BMI is only as good as the weight and height it came from. */
    public boolean derivesFrom(Observation o) {
        return o.id.equals(derivedFromWeight) || o.id.equals(derivedFromHeight);
    }

    /** As a person reads it: "72.4 kg", "120/80 mmHg". */
    public String display() {
        return valueText() + " " + kind.unit();
    }

    public String valueText() {
        return kind == VitalSign.BLOOD_PRESSURE ? value().toPlainString() + "/" + diastolic().toPlainString() : value().toPlainString();
    }

    public UUID id() { return id; }
    public UUID patientId() { return patientId; }
    public VitalSign kind() { return kind; }
    /** The value to the sign's decimals (the column keeps two for every sign). */
    public BigDecimal value() { return kind.kept(value); }
    public BigDecimal diastolic() { return diastolic == null ? null : kind.kept(diastolic); }
    public Instant takenAt() { return takenAt; }
    public UUID setId() { return setId; }
    public UUID derivedFromWeight() { return derivedFromWeight; }
    public UUID derivedFromHeight() { return derivedFromHeight; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant enteredInErrorAt() { return enteredInErrorAt; }
    public String enteredInErrorBy() { return enteredInErrorBy; }
    public String enteredInErrorReason() { return enteredInErrorReason; }
    public int version() { return version; }
}
