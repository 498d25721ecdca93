package org.openepr.discharge.interfaces.fhir.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.episodes.EpisodeView;
import org.openepr.discharge.application.episodes.EpisodesForExport;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.trust.TrustContext;

/** Episodes in the whole-trust export: every ward (Location, {@link WardFhir}), every EpisodeOfCare, and each admission's Encounter (same id), as the API serves them,
 * the EpisodeOfCare with the module's own record of it ({@link DischargeRecord}). */
@ApplicationScoped
public class EpisodesExportPart implements ExportPart {

    @Inject
    EpisodesForExport episodes;

    @Inject
    StaffDirectory staff;

    @Inject
    TrustContext trust;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Location", "EpisodeOfCare", "Encounter");
    }

    @Override
    public long count(String resourceType) {
        return "Location".equals(resourceType) ? episodes.wardCount() : episodes.count("Encounter".equals(resourceType));
    }

    /**
     * Wards (Location) are the trust's configuration, not its records: a trust whose admin set up wards only is still
     * empty for an import, which merges into them.
     */
    @Override
    public boolean holdsRecords(String resourceType) {
        return !"Location".equals(resourceType);
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        if ("Location".equals(resourceType)) {
            return episodes.wardsAfter(afterKey, size).stream().map(w -> new Exported(w.id().toString(), WardFhir.toFhir(w))).toList();
        }
        boolean encounters = "Encounter".equals(resourceType);
        Map<String, StaffMember> names = staff.all();
        Map<UUID, Ward> wards = encounters ? Map.of() : episodes.wards();
        return episodes.after(encounters, afterKey, size).stream().map(e -> new Exported(e.episode().id().toString(), encounters
                ? EpisodesFhir.encounter(e, names, trust.requireTrust()) : withRecord(EpisodesFhir.episodeOfCare(e, names, trust.requireTrust()), e, wards)))
                .toList();
    }

    /** The episode as the module keeps it, for the import ({@link EpisodesImportPart}): FHIR leaves out who recorded what. */
    static EpisodeOfCare withRecord(EpisodeOfCare r, EpisodeView v, Map<UUID, Ward> wards) {
        DischargeRecord.attach(r, EpisodeRecord.of(v, wards));
        return r;
    }
}
