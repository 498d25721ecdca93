package org.openepr.platform.fhir;

import java.util.Map;
import java.util.function.Supplier;
import org.openepr.platform.errors.FieldProblem;
import org.openepr.platform.errors.InvalidInputException;
import org.openepr.platform.errors.RuleRefusedException;

/**
 * Use cases name the form's fields ("dose"); an API client needs the FHIR path it sent ("MedicationRequest.dosageInstruction").
 * Runs a use case and renames the fields of any problem it refuses with, keeping 400 (bad input) apart from 422 (a rule).
 */
public final class FhirPaths {

    private FhirPaths() {
    }

    public static <T> T renaming(Map<String, String> paths, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuleRefusedException e) {
            throw new RuleRefusedException(e.problems().stream().map(p -> rename(paths, p)).toList());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> rename(paths, p)).toList());
        }
    }

    private static FieldProblem rename(Map<String, String> paths, FieldProblem p) {
        return new FieldProblem(paths.getOrDefault(p.field(), p.field()), p.message());
    }
}
