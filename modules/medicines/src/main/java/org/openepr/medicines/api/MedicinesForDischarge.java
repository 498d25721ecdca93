package org.openepr.medicines.api;

import java.time.Instant;
import java.util.UUID;

/**
 * What medicines tells a discharge summary (published for the discharge module): the medicines on discharge with their
 * verification, what changed during the stay and why, and the allergies. Each read is audited here.
 */
public interface MedicinesForDischarge {

    /** The module's name as trusts list it: a trust without it has no medicines recorded here. */
    String MODULE = "medicines";

    /** Medicines current at {@code discharged}, and the orders started, changed and stopped from {@code admitted} to then. */
    DischargeMedicines medicinesFor(UUID patientId, Instant admitted, Instant discharged);

    /** The allergy record as it stands. */
    AllergyList allergiesOf(UUID patientId);
}
