package org.openepr.caserecord.domain.observations;

import java.math.BigDecimal;
import org.openepr.platform.errors.InputCheck;

/** Systolic over diastolic in mmHg, each within its plausible range, the systolic above the diastolic. */
public record BloodPressure(BigDecimal systolic, BigDecimal diastolic) {

    public BloodPressure {
        if (systolic.compareTo(diastolic) <= 0) {
            throw new IllegalArgumentException("Systolic pressure must be higher than the diastolic (" + systolic.toPlainString() + "/"
                    + diastolic.toPlainString() + " mmHg)");
        }
    }

    /** From the two typed fields; problems named "systolic" and "diastolic"; null if both are blank. */
    public static BloodPressure parse(InputCheck check, String systolicText, String diastolicText) {
        boolean noSystolic = systolicText == null || systolicText.isBlank();
        boolean noDiastolic = diastolicText == null || diastolicText.isBlank();
        if (noSystolic && noDiastolic) {
            return null;
        }
        if (noSystolic || noDiastolic) {
            check.problem(noSystolic ? "systolic" : "diastolic", "Blood pressure needs both the systolic and the diastolic pressure");
            return null;
        }
        BigDecimal s = check.field("systolic", () -> VitalSign.BLOOD_PRESSURE.parse("Systolic pressure", systolicText));
        BigDecimal d = check.field("diastolic", () -> VitalSign.DIASTOLIC.check("Diastolic pressure",
                VitalSign.BLOOD_PRESSURE.kept(VitalSign.number("Diastolic pressure", diastolicText, "mmHg"))));
        if (s == null || d == null) {
            return null;
        }
        return check.field("diastolic", () -> new BloodPressure(s, d));
    }

    @Override
    public String toString() {
        return systolic.toPlainString() + "/" + diastolic.toPlainString() + " mmHg";
    }
}
