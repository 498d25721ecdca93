package org.openepr.discharge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.openepr.platform.persistence.ModuleSchema;

/**
 * Discharge's tables, under db/discharge. Migration numbers by part, so parts built side by side never collide:
 * episodes of care and discharge summaries V1_1 to V1_9, sending and tracking V2_1 to V2_9.
 */
@ApplicationScoped
public class DischargeSchema implements ModuleSchema {
    @Override
    public String name() {
        return "discharge";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Map<String, String> tablePrivileges() {
        return Map.ofEntries(
                // episodes of care and discharge summaries
                // discharge summaries: signed versions and saves are never changed
                Map.entry("discharge_summary_version", "select, insert"),
                Map.entry("discharge_summary_save", "select, insert"),
                // sending and tracking: the outbox is the record of what was sent and answered, never deleted
                Map.entry("summary_dispatch", "select, insert, update")
        );
    }
}
