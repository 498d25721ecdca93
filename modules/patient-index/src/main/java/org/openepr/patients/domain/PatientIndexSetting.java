package org.openepr.patients.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.openepr.platform.persistence.TrustOwned;

/** One of a trust's decisions for its patient index, by name; the first, who may change an NHS number. */
@Entity
@Table(name = "patient_index_setting")
public class PatientIndexSetting extends TrustOwned {

    public static final String NHS_NUMBER_CHANGERS = "nhs_number_changers";

    /** Until a trust decides, only clinicians change NHS numbers. */
    public static final Set<String> DEFAULT_NHS_NUMBER_CHANGERS = Set.of("clinician");

    @Id
    private String name;

    private String value;

    @Version
    private int version;

    protected PatientIndexSetting() {
    }

    public PatientIndexSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public static Set<String> nhsNumberChangers(Optional<PatientIndexSetting> setting) {
        return setting.map(s -> (Set<String>) new LinkedHashSet<>(Arrays.stream(s.value.split(",")).map(String::strip)
                .filter(r -> !r.isEmpty()).toList())).orElse(DEFAULT_NHS_NUMBER_CHANGERS);
    }

    public void change(String newValue) {
        value = newValue;
    }

    public String name() { return name; }
    public String value() { return value; }
}
