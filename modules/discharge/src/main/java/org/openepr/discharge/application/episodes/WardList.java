package org.openepr.discharge.application.episodes;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.domain.episodes.EpisodeOfCare;
import org.openepr.discharge.domain.episodes.EpisodeRepository;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.domain.episodes.WardRepository;
import org.openepr.patients.api.PatientDirectory;
import org.openepr.platform.audit.AuditTrail;
import org.openepr.platform.errors.RecordNotFoundException;
import org.openepr.platform.persistence.ReadsOnly;
import org.openepr.platform.persistence.UseCase;
import org.openepr.platform.security.Access;
import org.openepr.platform.security.Roles;

/** Who is on a ward now: its open admissions, longest there first, with who is away on leave. Audited with the patients shown. */
@UseCase
@ReadsOnly
@Access(module = DischargeModule.NAME, roles = {Roles.CLINICIAN, Roles.PHARMACIST})
public class WardList {

    /** Far beyond any ward's beds; the bound keeps a runaway list from loading without end. */
    static final int MOST = 200;

    @Inject
    WardRepository wards;

    @Inject
    EpisodeRepository episodes;

    @Inject
    PatientDirectory patients;

    @Inject
    EpisodeViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A ward and the patients on it now. */
    public record WardBoard(Ward ward, List<EpisodeView> patients, Instant asAt) {
        public long onLeave() {
            return patients.stream().filter(EpisodeView::isOnLeave).count();
        }
    }

    /** The open wards, by name: what admissions, transfers and the ward list offer. */
    public List<Ward> openWards() {
        return wards.all().stream().filter(w -> !w.isClosed()).toList();
    }

    public WardBoard onWard(UUID wardId) {
        Ward ward = wards.find(wardId).orElseThrow(() -> new RecordNotFoundException("ward"));
        List<EpisodeOfCare> open = episodes.onWard(wardId, MOST);
        var people = patients.findAll(open.stream().map(EpisodeOfCare::patientId).distinct().toList());
        Instant now = clock.instant();
        List<EpisodeView> rows = views.of(people, open.stream().filter(e -> people.containsKey(e.patientId())).toList(), now).stream()
                .sorted(Comparator.comparing(EpisodeView::getOnWardSince)).toList();
        audit.record(EpisodesAudit.WARD_LIST_VIEWED, wardId, null, ward.name() + ": " + rows.size() + " patients "
                + rows.stream().map(r -> r.patient().id().toString()).toList());
        return new WardBoard(ward, rows, now);
    }
}
