package org.openepr.caserecord.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.openepr.caserecord.application.facts.ChangeProblem;
import org.openepr.caserecord.application.facts.ProblemList;
import org.openepr.caserecord.application.facts.RecordProblem;
import org.openepr.caserecord.domain.problems.Problem;
import org.openepr.caserecord.domain.problems.ProblemCode;
import org.openepr.caserecord.domain.problems.ProblemCodes;
import org.openepr.caserecord.domain.problems.ProblemKind;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.security.Permissions;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** A patient's problems and diagnoses: record one (coded or in words), resolve, mark entered in error, choose the primary. */
@Named
@ViewScoped
@UserAction
public class ProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemList problemList;

    @Inject
    RecordProblem recordProblem;

    @Inject
    ChangeProblem changeProblem;

    @Inject
    Permissions permissions;

    private String patient;
    private UUID patientId;
    private ProblemList.Problems record;
    private boolean canChange;
    private String code;
    private String words;
    private String kind = ProblemKind.PROBLEM.name();
    private String onset;
    private boolean primary;
    private String comment;
    private String resolvedOn;
    private String reason;

    public void load() {
        if (patientId == null) {
            patientId = Ids.of("patient", patient);
            canChange = permissions.allows(RecordProblem.class);
            record = problemList.forPatient(patientId);
        }
    }

    public List<ProblemCode> completeCode(String text) {
        return ProblemCodes.shipped().search(text, 20);
    }

    public void recordProblem() {
        Problem p = recordProblem.record(patientId, new RecordProblem.ProblemForm(code, words, kind, onset, primary, comment));
        FacesProblems.notice(p.kind().label() + " recorded: " + p.term() + (p.isPrimaryDiagnosis() ? " (primary diagnosis)" : ""));
        code = null;
        words = null;
        onset = null;
        primary = false;
        comment = null;
        record = problemList.forPatient(patientId);
    }

    public void resolve(Problem p) {
        changeProblem.resolve(p.id(), p.version(), resolvedOn);
        FacesProblems.notice(p.term() + ": resolved");
        resolvedOn = null;
        record = problemList.forPatient(patientId);
    }

    public void enteredInError(Problem p) {
        changeProblem.enteredInError(p.id(), p.version(), reason);
        FacesProblems.notice(p.term() + ": marked entered in error");
        reason = null;
        record = problemList.forPatient(patientId);
    }

    public void makePrimary(Problem p) {
        changeProblem.makePrimary(p.id(), p.version());
        FacesProblems.notice(p.term() + " is now the primary diagnosis");
        record = problemList.forPatient(patientId);
    }

    public ProblemKind[] getKinds() { return ProblemKind.values(); }
    public ProblemList.Problems getRecord() { return record; }
    public boolean isCanChange() { return canChange; }
    public UUID getPatientId() { return patientId; }
    public String getPatient() { return patient; }
    public void setPatient(String v) { patient = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getWords() { return words; }
    public void setWords(String v) { words = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getOnset() { return onset; }
    public void setOnset(String v) { onset = v; }
    public boolean isPrimary() { return primary; }
    public void setPrimary(boolean v) { primary = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
    public String getResolvedOn() { return resolvedOn; }
    public void setResolvedOn(String v) { resolvedOn = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
