package org.openepr.caserecord.domain.problems;

import org.openepr.platform.text.Labelled;

/** Where a problem's code comes from; the URI is what FHIR codings carry. */
public enum CodeSystem implements Labelled {
    SNOMED_CT("snomed", "http://snomed.info/sct", "SNOMED CT"),
    ICD_10("icd10", "http://hl7.org/fhir/sid/icd-10", "ICD-10"),
    /** Terms with no certain national code yet: ids L0001.. in a system of our own, never a real-looking code. */
    LOCAL("local", "https://openepr.org/fhir/CodeSystem/local-problems", "Local term");

    private final String key;
    private final String uri;
    private final String label;

    CodeSystem(String key, String uri, String label) {
        this.key = key;
        this.uri = uri;
        this.label = label;
    }

    /** As the shipped list names it ("snomed", "icd10", "local"). */
    public String key() {
        return key;
    }

    public String uri() {
        return uri;
    }

    @Override
    public String label() {
        return label;
    }

    public static CodeSystem ofKey(String key) {
        for (CodeSystem s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown code system " + key);
    }

    public static java.util.Optional<CodeSystem> ofUri(String uri) {
        for (CodeSystem s : values()) {
            if (s.uri.equals(uri)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
