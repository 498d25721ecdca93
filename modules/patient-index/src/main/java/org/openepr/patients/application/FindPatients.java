package org.openepr.patients.application;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.openepr.patients.domain.PatientRepository;
import org.openepr.patients.domain.PatientSearch;
import org.openepr.patients.domain.ResultPage;
import org.openepr.platform.audit.AuditAction;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.UseCase;

/** Searches the trust's patient index; the search and who it showed are audited. */
@UseCase
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
        audit.record(AuditAction.PATIENT_SEARCHED, null,
                search.describe() + " total=" + found.total() + (shown.isEmpty() ? "" : " shown=" + shown));
        return new ResultPage<>(found.items().stream().map(p -> PatientRecord.of(p, today)).toList(),
                found.page(), found.pageSize(), found.total());
    }
}
