package org.openepr.medicines.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openepr.medicines.MedicinesModule;
import org.openepr.platform.trust.SettingRules;

/** Medicines' setting, checked as the formulary page checks it: how old the knowledge base may be (30 to 1,000 days). */
@ApplicationScoped
public class MedicinesSettingRules implements SettingRules {

    @Override
    public String module() {
        return MedicinesModule.NAME;
    }

    @Override
    public Optional<String> problem(String name, String value) {
        return ScreeningContext.MAX_KB_AGE_DAYS.equals(name) ? SettingRules.problemOf(() -> FormularyAdmin.knowledgeBaseAge(value)) : Optional.empty();
    }
}
