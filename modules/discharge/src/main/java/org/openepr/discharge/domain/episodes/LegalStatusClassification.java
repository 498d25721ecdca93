package org.openepr.discharge.domain.episodes;

import java.util.Arrays;
import java.util.Optional;
import org.openepr.platform.text.Labelled;

/**
 * The NHS Data Dictionary's Mental Health Act legal status classification, recorded at the start and the end of an
 * episode (UK Core: Extension-UKCore-LegalStatus on Encounter, code system UKCore-LegalStatusClassificationEngland).
 * The whole national list, with its "not applicable" and "not known", because an episode's legal status is
 * reported as recorded, not derived.
 */
public enum LegalStatusClassification implements Labelled {
    INFORMAL("01", "Informal", "Informal"),
    SECTION_2("02", "Section 2", "Formally detained under Mental Health Act Section 2"),
    SECTION_3("03", "Section 3", "Formally detained under Mental Health Act Section 3"),
    SECTION_4("04", "Section 4", "Formally detained under Mental Health Act Section 4"),
    SECTION_5_2("05", "Section 5(2)", "Formally detained under Mental Health Act Section 5(2)"),
    SECTION_5_4("06", "Section 5(4)", "Formally detained under Mental Health Act Section 5(4)"),
    SECTION_35("07", "Section 35", "Formally detained under Mental Health Act Section 35"),
    SECTION_36("08", "Section 36", "Formally detained under Mental Health Act Section 36"),
    SECTION_37_41("09", "Section 37/41", "Formally detained under Mental Health Act Section 37 with section 41 restrictions"),
    SECTION_37("10", "Section 37", "Formally detained under Mental Health Act Section 37"),
    SECTION_38("12", "Section 38", "Formally detained under Mental Health Act Section 38"),
    SECTION_44("13", "Section 44", "Formally detained under Mental Health Act Section 44"),
    SECTION_46("14", "Section 46", "Formally detained under Mental Health Act Section 46"),
    SECTION_47_49("15", "Section 47/49", "Formally detained under Mental Health Act Section 47 with section 49 restrictions"),
    SECTION_47("16", "Section 47", "Formally detained under Mental Health Act Section 47"),
    SECTION_48_49("17", "Section 48/49", "Formally detained under Mental Health Act Section 48 with section 49 restrictions"),
    SECTION_48("18", "Section 48", "Formally detained under Mental Health Act Section 48"),
    SECTION_135("19", "Section 135", "Formally detained under Mental Health Act Section 135"),
    SECTION_136("20", "Section 136", "Formally detained under Mental Health Act Section 136"),
    CRIMINAL_PROCEDURE_INSANITY("31", "Criminal Procedure (Insanity) Act",
            "Formally detained under Criminal Procedure(Insanity) Act 1964 as amended by the Criminal Procedures (Insanity and Unfitness to Plead) Act 1991"),
    OTHER_ACTS("32", "Detained under other acts", "Formally detained under other acts"),
    GUARDIANSHIP_7("35", "Guardianship (section 7)", "Subject to guardianship under Mental Health Act Section 7"),
    GUARDIANSHIP_37("36", "Guardianship (section 37)", "Subject to guardianship under Mental Health Act Section 37"),
    SECTION_45A("37", "Section 45A (limitation direction in force)",
            "Formally detained under Mental Health Act Section 45A (Limited direction in force)"),
    SECTION_45A_ENDED("38", "Section 45A (limitation direction ended)",
            "Formally detained under Mental Health Act Section 45A (Limitation direction ended)"),
    NOT_APPLICABLE("98", "Not applicable", "Not Applicable"),
    NOT_KNOWN("99", "Not known", "Not Known");

    /** UK Core's code system of these codes for England. */
    public static final String SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-LegalStatusClassificationEngland";

    private final String code;
    private final String label;
    private final String display;

    LegalStatusClassification(String code, String label, String display) {
        this.code = code;
        this.label = label;
        this.display = display;
    }

    /** The two-digit code, e.g. "03". */
    public String code() {
        return code;
    }

    /** The code system's own display, as FHIR carries it. */
    public String display() {
        return display;
    }

    /** "Section 3 (03)": the words staff use, with the code returns use. */
    @Override
    public String label() {
        return label + " (" + code + ")";
    }

    public static Optional<LegalStatusClassification> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** Detained or subject to an order (not informal, not applicable, not known). */
    public boolean isDetentionOrOrder() {
        return this != INFORMAL && this != NOT_APPLICABLE && this != NOT_KNOWN;
    }
}
