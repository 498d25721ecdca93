package org.openepr.caserecord.domain.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each status's NHS Data Dictionary "Mental Health Act legal status classification code", checked against UK Core's
 * copy of that list (CodeSystem UKCore-LegalStatusClassificationEngland 1.0.1, "copied from the NHS Data Dictionary
 * ... at 18/11/2021"; in ear/src/test/ukcore/codesystems). The descriptions are that list's, so a wrong code reads wrong here.
 */
class MentalHealthActSectionTest {

    /** Section, then the code and the Data Dictionary's words for it. */
    static final Map<MentalHealthActSection, String> CLASSIFICATION = new LinkedHashMap<>();

    static {
        CLASSIFICATION.put(MentalHealthActSection.INFORMAL, "01 Informal");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_2, "02 Formally detained under Mental Health Act Section 2");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_3, "03 Formally detained under Mental Health Act Section 3");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_4, "04 Formally detained under Mental Health Act Section 4");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_5_2, "05 Formally detained under Mental Health Act Section 5(2)");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_5_4, "06 Formally detained under Mental Health Act Section 5(4)");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_35, "07 Formally detained under Mental Health Act Section 35");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_36, "08 Formally detained under Mental Health Act Section 36");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_37_41, "09 Formally detained under Mental Health Act Section 37 with section 41 restrictions");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_37, "10 Formally detained under Mental Health Act Section 37");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_38, "12 Formally detained under Mental Health Act Section 38");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_47_49, "15 Formally detained under Mental Health Act Section 47 with section 49 restrictions");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_48_49, "17 Formally detained under Mental Health Act Section 48 with section 49 restrictions");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_135, "19 Formally detained under Mental Health Act Section 135");
        CLASSIFICATION.put(MentalHealthActSection.SECTION_136, "20 Formally detained under Mental Health Act Section 136");
        CLASSIFICATION.put(MentalHealthActSection.GUARDIANSHIP, "35 Subject to guardianship under Mental Health Act Section 7");
        // the list has no code for a community treatment order (code 16 is section 47, not 17A): MHSDS records a CTO
        // patient by the section that is suspended, so we invent none
        CLASSIFICATION.put(MentalHealthActSection.CTO, null);
    }

    @Test
    void everySectionHasTheDataDictionarysCodeOrNone() {
        assertEquals(Arrays.asList(MentalHealthActSection.values()), CLASSIFICATION.keySet().stream().sorted().toList(), "every section is listed");
        CLASSIFICATION.forEach((section, line) -> assertEquals(line == null ? null : line.substring(0, 2), section.nhsCode(), section.label()));
    }

    @Test
    void noTwoSectionsShareACode() {
        var codes = Arrays.stream(MentalHealthActSection.values()).filter(s -> s.nhsCode() != null)
                .collect(Collectors.groupingBy(MentalHealthActSection::nhsCode, Collectors.counting()));
        codes.forEach((code, count) -> assertEquals(1L, count, code));
    }
}
