package org.openepr.patients.domain;

import org.openepr.platform.text.Labelled;

/**
 * Ethnic category as the NHS Data Dictionary codes it (England, 2001 census categories, A to Z), the codes UK Core's
 * ethnic category extension carries. Stored by code; shown in words. Z is an answer (the patient chose not to say),
 * unlike a blank field, which means nobody asked.
 */
public enum EthnicCategory implements Labelled {
    A("White - British"),
    B("White - Irish"),
    C("White - Any other White background"),
    D("Mixed - White and Black Caribbean"),
    E("Mixed - White and Black African"),
    F("Mixed - White and Asian"),
    G("Mixed - Any other mixed background"),
    H("Asian or Asian British - Indian"),
    J("Asian or Asian British - Pakistani"),
    K("Asian or Asian British - Bangladeshi"),
    L("Asian or Asian British - Any other Asian background"),
    M("Black or Black British - Caribbean"),
    N("Black or Black British - African"),
    P("Black or Black British - Any other Black background"),
    R("Other Ethnic Groups - Chinese"),
    S("Other Ethnic Groups - Any other ethnic group"),
    Z("Not stated");

    /** UK Core's code system for these codes. */
    public static final String FHIR_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    private final String label;

    EthnicCategory(String label) {
        this.label = label;
    }

    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public static EthnicCategory fromCode(String code) {
        try {
            return valueOf(code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ethnicity must be one of the NHS ethnic categories A to Z (" + code.strip() + " is not)");
        }
    }
}
