package org.openepr.caserecord.domain.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodyMassIndexTest {

    @Test
    void weightOverHeightInMetresSquaredToOneDecimal() {
        assertEquals(new BigDecimal("22.9"), BodyMassIndex.of(new BigDecimal("70"), new BigDecimal("175")));
        assertEquals(new BigDecimal("25.7"), BodyMassIndex.of(new BigDecimal("72.4"), new BigDecimal("168")));
        assertEquals(new BigDecimal("40.0"), BodyMassIndex.of(new BigDecimal("90"), new BigDecimal("150")));
    }

    @Test
    void aDerivedIndexNamesTheWeightAndHeightItCameFrom() {
        var r = new Observation.Recording(UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH, "it", Instant.EPOCH);
        Observation weight = Observation.measured(r, VitalSign.BODY_WEIGHT, new BigDecimal("80"));
        Observation height = Observation.measured(r, VitalSign.BODY_HEIGHT, new BigDecimal("180"));
        Observation bmi = Observation.bodyMassIndex(r, weight, height);
        assertEquals(new BigDecimal("24.7"), bmi.value());
        assertEquals(weight.id(), bmi.derivedFromWeight());
        assertEquals(height.id(), bmi.derivedFromHeight());
        assertEquals("24.7 kg/m²", bmi.display());
        assertThrows(IllegalArgumentException.class, () -> Observation.bodyMassIndex(r, height, weight));
    }

    @Test
    void anIndexIsNeverTypedAndAPressureIsNeverOneValue() {
        var r = new Observation.Recording(UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH, "it", Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> Observation.measured(r, VitalSign.BODY_MASS_INDEX, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> Observation.measured(r, VitalSign.BLOOD_PRESSURE, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> Observation.measured(r, VitalSign.BODY_WEIGHT, BigDecimal.ZERO));
    }
}
