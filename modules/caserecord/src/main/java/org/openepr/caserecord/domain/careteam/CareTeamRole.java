package org.openepr.caserecord.domain.careteam;

import org.openepr.platform.text.Labelled;

/** The roles of a community mental health care team, as staff name them, with SNOMED CT occupations for FHIR. */
public enum CareTeamRole implements Labelled {
    CARE_COORDINATOR("Care coordinator", null),
    CONSULTANT_PSYCHIATRIST("Consultant psychiatrist", "80933006"),
    COMMUNITY_PSYCHIATRIC_NURSE("Community psychiatric nurse", "224541002"),
    PSYCHOLOGIST("Psychologist", "59944000"),
    SOCIAL_WORKER("Social worker", "106328005"),
    OCCUPATIONAL_THERAPIST("Occupational therapist", "80546007"),
    SUPPORT_WORKER("Support worker", null);

    private final String label;
    private final String snomed;

    CareTeamRole(String label, String snomed) {
        this.label = label;
        this.snomed = snomed;
    }

    @Override
    public String label() {
        return label;
    }

    /** A SNOMED CT occupation code where one is certain; null otherwise (text only). */
    public String snomed() {
        return snomed;
    }
}
