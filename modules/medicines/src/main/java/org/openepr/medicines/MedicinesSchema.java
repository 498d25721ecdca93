package org.openepr.medicines;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.openepr.platform.persistence.ModuleSchema;

/** Medicines' tables, under db/medicines. */
@ApplicationScoped
public class MedicinesSchema implements ModuleSchema {
    @Override
    public String name() {
        return "medicines";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, String> tablePrivileges() {
        return Map.of(
                "kb_release", "select, insert, update",   // the instance's knowledge base, not a trust's: no row-level security
                "allergy", "select, insert, update",      // ended, never deleted
                "medication_order_version", "select, insert, update"); // verification recorded on the version
    }
}
