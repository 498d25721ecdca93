package org.openepr.clinics.domain;

import org.openepr.platform.errors.ConflictException;

/** Someone else took the last place in the slot first. */
public class SlotNoLongerFreeException extends ConflictException {
    public SlotNoLongerFreeException() {
        super("slot", "Slot no longer free: another booking took the last place. Choose another slot.");
    }
}
