package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.patients.domain.ResultPage;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.patients.PatientIndexModule;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Searches the trust's patient index; the search and who it showed are audited. */
@UseCase
@Access(module = PatientIndexModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST, Roles.CLERK})
@ReadsOnly
public class FindPatients {

    @Inject
    PatientRepository patients;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ResultPage<PatientRecord> search(PatientSearch search) {
        LocalDate today = LocalDate.now(clock);
        var found = patients.search(search);
        String shown = found.items().stream().map(p -> p.id().toString()).collect(Collectors.joining(","));
        audit.record(PatientAudit.PATIENT_SEARCHED, null, null,
                search.describe() + " total=" + found.total() + (shown.isEmpty() ? "" : " shown=" + shown));
        return new ResultPage<>(found.items().stream().map(p -> PatientRecord.of(p, today)).toList(),
                found.page(), found.pageSize(), found.total());
    }
}
