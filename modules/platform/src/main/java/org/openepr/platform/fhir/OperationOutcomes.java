package org.openepr.platform.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.openepr.platform.errors.FieldProblem;

/** Builds the OperationOutcome every API error is answered with. */
@ApplicationScoped
public class OperationOutcomes {

    @Inject
    FhirSupport fhir;

    public OperationOutcome of(String code, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.fromCode(code)).setDiagnostics(message);
        return outcome;
    }

    /** One issue per field, with the field named in {@code expression} so a client can point at it. */
    public OperationOutcome invalid(List<FieldProblem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldProblem p : problems) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(p.field() + ": " + p.message()).addExpression(p.field());
        }
        return outcome;
    }

    /** A rule's refusal (422): one business-rule issue per problem, the field in {@code expression}. */
    public OperationOutcome refused(List<FieldProblem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldProblem p : problems) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.BUSINESSRULE)
                    .setDiagnostics(p.message()).addExpression(p.field());
        }
        return outcome;
    }

    /** A 400 naming the fields, for a servlet filter that answers before JAX-RS is reached. */
    public void writeInvalid(HttpServletResponse response, List<FieldProblem> problems) throws IOException {
        response.setStatus(400);
        response.setContentType(FhirSupport.FHIR_JSON + ";charset=UTF-8");
        response.getWriter().write(fhir.json().encodeResourceToString(invalid(problems)));
    }

    /** For the servlet filter, which answers before JAX-RS is reached. */
    public void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(FhirSupport.FHIR_JSON + ";charset=UTF-8");
        response.getWriter().write(fhir.json().encodeResourceToString(of(code, message)));
    }
}
