package org.openepr.caserecord.application.careteam;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openepr.caserecord.CaseRecordModule;
import org.openepr.caserecord.domain.careteam.CareTeamMember;
import org.openepr.caserecord.domain.careteam.CareTeamRepository;
import org.openepr.caserecord.domain.careteam.CareTeamRole;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.patients.api.PatientSummary;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;
import org.openepr.platform.time.UkDates;
import org.openepr.platform.trust.TrustContext;

/**
 * The signed-in clinician's caseload: the patients whose care team they are in today, with their role and service.
 * One bounded query for the page of memberships, one for the patients' names (through the patient index's api).
 */
@UseCase
@ReadsOnly
@Access(module = CaseRecordModule.NAME, roles = {Roles.CLINICIAN})
public class MyCaseload {

    public static final int PAGE_SIZE = 25;

    @Inject
    CareTeamRepository teams;

    @Inject
    PatientDirectory patients;

    @Inject
    AuditTrail audit;

    @Inject
    TrustContext trust;

    @Inject
    Clock clock;

    /** One line of the caseload. */
    public record CaseloadEntry(UUID patientId, String patientName, String nhsNumber, String service, CareTeamRole role, boolean lead,
                                LocalDate since, LocalDate until) {
    }

    /** One page of the caseload and how many patients' memberships there are in all. */
    public record Caseload(List<CaseloadEntry> entries, long total, int page, LocalDate on) {
        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    public Caseload page(int page) {
        int p = Math.max(0, page);
        String me = trust.caller().userId();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        List<CareTeamMember> mine = teams.currentFor(me, today, p * PAGE_SIZE, PAGE_SIZE);
        long total = mine.size() < PAGE_SIZE && p == 0 ? mine.size() : teams.countCurrentFor(me, today);
        Map<UUID, PatientSummary> named = mine.isEmpty() ? Map.of() : patients.findAll(mine.stream().map(CareTeamMember::patientId).distinct().toList());
        List<CaseloadEntry> entries = mine.stream().filter(m -> named.containsKey(m.patientId())).map(m -> {
            PatientSummary s = named.get(m.patientId());
            return new CaseloadEntry(m.patientId(), s.displayName(), s.nhsNumberFormatted(), m.service(), m.role(), m.lead(), m.startDate(), m.endDate());
        }).toList();
        audit.record(CareTeamAudit.CASELOAD_VIEWED, null, null, "page " + (p + 1) + ", " + entries.size() + " of " + total);
        return new Caseload(entries, total, p, today);
    }
}
