package org.openepr.caserecord.domain.observations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openepr.platform.text.Labelled;

/**
 * The vital signs the record keeps, with their unit, the plausible range of a typed value, the decimals kept, and
 * the codes UK Core's vital-signs profiles require (LOINC for the profile's fixed code, SNOMED CT for the concept).
 * Body mass index is derived, never typed: its range is null.
 */
public enum VitalSign implements Labelled {
    BODY_WEIGHT("Weight", "kg", "kg", PlausibleRange.of("0.5", "400", "kg"), 1, "29463-7", "27113001", "Body weight"),
    BODY_HEIGHT("Height", "cm", "cm", PlausibleRange.of("40", "250", "cm"), 1, "8302-2", "50373000", "Body height measure"),
    BODY_MASS_INDEX("BMI", "kg/m²", "kg/m2", null, 1, "39156-5", "60621009", "Body mass index"),
    BLOOD_PRESSURE("Blood pressure", "mmHg", "mm[Hg]", PlausibleRange.of("50", "300", "mmHg"), 0, "85354-9", "75367002", "Blood pressure"),
    PULSE("Pulse", "beats/min", "/min", PlausibleRange.of("20", "250", "beats/min"), 0, "8867-4", "364075005", "Heart rate"),
    TEMPERATURE("Temperature", "°C", "Cel", PlausibleRange.of("30", "45", "°C"), 1, "8310-5", "386725007", "Body temperature"),
    OXYGEN_SATURATION("Oxygen saturation", "%", "%", PlausibleRange.of("50", "100", "%"), 0, "2708-6", "431314004", "Peripheral oxygen saturation");

    /** The diastolic pressure's own range (the systolic's is the sign's). */
    public static final PlausibleRange DIASTOLIC = PlausibleRange.of("25", "200", "mmHg");

    private final String label;
    private final String unit;
    private final String ucum;
    private final PlausibleRange range;
    private final int decimals;
    private final String loinc;
    private final String snomed;
    private final String snomedTerm;

    VitalSign(String label, String unit, String ucum, PlausibleRange range, int decimals, String loinc, String snomed, String snomedTerm) {
        this.label = label;
        this.unit = unit;
        this.ucum = ucum;
        this.range = range;
        this.decimals = decimals;
        this.loinc = loinc;
        this.snomed = snomed;
        this.snomedTerm = snomedTerm;
    }

    @Override
    public String label() { return label; }
    public String unit() { return unit; }
    /** The unit in UCUM, as FHIR Quantity.code. */
    public String ucum() { return ucum; }
    public PlausibleRange range() { return range; }
    public String loinc() { return loinc; }
    public String snomed() { return snomed; }
    public String snomedTerm() { return snomedTerm; }

    public boolean isDerived() {
        return range == null;
    }

    /** A value as kept: rounded half-up to the sign's decimals. */
    public BigDecimal kept(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A typed value: a number (point or comma as the decimal mark), within the plausible range. */
    public BigDecimal parse(String fieldLabel, String text) {
        return range.check(fieldLabel, kept(number(fieldLabel, text, unit)));
    }

    static BigDecimal number(String fieldLabel, String text, String unit) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.length() > 12 || !t.matches("\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException(fieldLabel + " must be a number in " + unit + ", e.g. " + example(unit));
        }
        return new BigDecimal(t);
    }

    private static String example(String unit) {
        return switch (unit) {
            case "kg" -> "72.4";
            case "cm" -> "168";
            case "°C" -> "36.8";
            default -> "72";
        };
    }
}
