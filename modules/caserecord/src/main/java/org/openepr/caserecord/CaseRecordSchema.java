package org.openepr.caserecord;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.openepr.platform.persistence.ModuleSchema;

/**
 * The case record's tables, under db/caserecord. Migration numbers by part, so parts built side by side never
 * collide: notes V1_1 onwards, problems/alerts/legal status/care team V2_x, observations V3_x, the summary V4_x.
 */
@ApplicationScoped
public class CaseRecordSchema implements ModuleSchema {
    @Override
    public String name() {
        return "caserecord";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<String, String> tablePrivileges() {
        return Map.ofEntries(
                // notes: signed versions and saves are never changed
                Map.entry("note_version", "select, insert"),
                Map.entry("draft_save", "select, insert")
                // problems, alerts and risks, legal status, care team
                // observations
        );
    }
}
