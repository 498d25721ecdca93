package org.openepr.discharge.interfaces.fhir.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.episodes.EpisodesForExport;
import org.openepr.platform.export.ExportPart;
import org.openepr.platform.staff.StaffDirectory;
import org.openepr.platform.staff.StaffMember;
import org.openepr.platform.trust.TrustContext;

/** Episodes in the whole-trust export: every EpisodeOfCare, and each admission's Encounter (same id), as the API serves them. */
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
        return List.of("EpisodeOfCare", "Encounter");
    }

    @Override
    public long count(String resourceType) {
        return episodes.count("Encounter".equals(resourceType));
    }

    @Override
    public List<Exported> page(String resourceType, String afterKey, int size) {
        boolean encounters = "Encounter".equals(resourceType);
        Map<String, StaffMember> names = staff.all();
        return episodes.after(encounters, afterKey, size).stream().map(e -> new Exported(e.episode().id().toString(), encounters
                ? EpisodesFhir.encounter(e, names, trust.requireTrust()) : EpisodesFhir.episodeOfCare(e, names, trust.requireTrust()))).toList();
    }
}
