package org.openepr.medicines.domain.orders;

import java.time.Instant;

/** Who prescribed a version and when, with the screening it passed (as recorded) and any override reason. */
public record Prescribing(String by, Instant at, String screening, String kbVersion, String overrideReason) {
}
