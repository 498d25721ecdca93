package org.openepr.medicines.domain.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openepr.medicines.domain.screening.TestKnowledge;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;

class PrescriptionFormTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 3);
    static final String SERTRALINE = TestKnowledge.SERTRALINE_50.id().value();

    static Map<String, String> problems(PrescriptionForm form) {
        var e = assertThrows(InvalidInputException.class, () -> form.check(TestKnowledge.KB, TODAY));
        return e.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message));
    }

    static PrescriptionForm form(String medicine, String route, String dose, String frequency, String prnMax, String start, String end) {
        return new PrescriptionForm(medicine, route, dose, frequency, prnMax, start, end, "Depression", null);
    }

    @Test
    void aGoodFormBecomesAPrescription() {
        var p = form(SERTRALINE, "26643006", "50", "ONCE_DAILY", null, "03/03/2027", null).check(TestKnowledge.KB, TODAY);
        assertEquals("50 mg once a day", p.doseAndFrequency());
        assertEquals("mg", p.dose().unit(), "the unit is the product's");
    }

    @Test
    void impossibleDosesAreRefusedNamingTheField() {
        assertTrue(problems(form(SERTRALINE, null, "0", "ONCE_DAILY", null, "03/03/2027", null)).get("dose").contains("more than 0"));
        assertTrue(problems(form(SERTRALINE, null, "-50", "ONCE_DAILY", null, "03/03/2027", null)).get("dose").contains("more than 0"));
        assertTrue(problems(form(SERTRALINE, null, "1000000000", "ONCE_DAILY", null, "03/03/2027", null)).get("dose").contains("not a possible dose"));
        assertTrue(problems(form(SERTRALINE, null, "fifty", "ONCE_DAILY", null, "03/03/2027", null)).get("dose").contains("must be a number"));
    }

    @Test
    void anUnknownMedicineOrARouteTheProductDoesNotHaveIsRefused() {
        assertTrue(problems(form("LVMP9999", null, "50", "ONCE_DAILY", null, "03/03/2027", null)).get("medicine").contains("not in the medicines dictionary"));
        assertTrue(problems(form("penicillin'; drop table", null, "50", "ONCE_DAILY", null, "03/03/2027", null)).containsKey("medicine"));
        assertEquals("Route: Sertraline 50mg tablets is given oral only",
                problems(form(SERTRALINE, "78421000", "50", "ONCE_DAILY", null, "03/03/2027", null)).get("route"));
    }

    @Test
    void datesMustBeInOrderAndEveryBadFieldIsNamedAtOnce() {
        var p = problems(form(SERTRALINE, null, "0", "daily-ish", null, "03/03/2027", "01/03/2027"));
        assertEquals(java.util.Set.of("dose", "frequency", "end"), p.keySet());
        assertTrue(p.get("end").contains("before the start date"));
        assertTrue(problems(form(SERTRALINE, null, "50", "ONCE_DAILY", null, "31/02/2027", null)).get("start").contains("DD/MM/YYYY"));
    }

    @Test
    void asRequiredNeedsAMaximumIn24HoursAndOnlyIt() {
        assertTrue(problems(form(SERTRALINE, null, "50", "AS_REQUIRED", null, "03/03/2027", null)).containsKey("maxDosesPer24Hours"));
        assertTrue(problems(form(SERTRALINE, null, "50", "ONCE_DAILY", "4", "03/03/2027", null)).containsKey("maxDosesPer24Hours"));
        assertTrue(problems(form(SERTRALINE, null, "50", "AS_REQUIRED", "100", "03/03/2027", null)).containsKey("maxDosesPer24Hours"));
        assertEquals(4, form(SERTRALINE, null, "50", "AS_REQUIRED", "4", "03/03/2027", null).check(TestKnowledge.KB, TODAY).maxDosesPer24Hours());
    }

    @Test
    void onlyMedicineDoseRouteAndFrequencyChangesNeedVerifyingAgain() {
        var p = form(SERTRALINE, null, "50", "ONCE_DAILY", null, "03/03/2027", null).check(TestKnowledge.KB, TODAY);
        var newNotes = new PrescriptionForm(SERTRALINE, null, "50.0", "ONCE_DAILY", null, "03/03/2027", "03/09/2027", "Low mood", "review in 6 weeks")
                .check(TestKnowledge.KB, TODAY);
        var newDose = form(SERTRALINE, null, "100", "ONCE_DAILY", null, "03/03/2027", null).check(TestKnowledge.KB, TODAY);
        assertTrue(!p.clinicallyDiffersFrom(newNotes), "end date, indication and notes only");
        assertTrue(p.clinicallyDiffersFrom(newDose));
    }
}
