package org.openepr.discharge.interfaces.fhir.episodes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.openepr.discharge.DischargeModule;
import org.openepr.discharge.application.episodes.EpisodesFromImport;
import org.openepr.discharge.application.episodes.EpisodesFromImport.ImportedEpisode;
import org.openepr.discharge.interfaces.fhir.DischargeRecord;
import org.openepr.platform.fhir.FhirSupport;
import org.openepr.platform.importing.IdMap;
import org.openepr.platform.importing.ImportPart;

/**
 * Episodes in an import: first every ward (Location), set up as it was (one the trust has by that name is reused, as
 * the trust has it); then each EpisodeOfCare with the module's record of it (its stays, leave and the wards they name:
 * found through the id map, or set up as named for an export made before wards were exported), the patient through
 * the id map. An
 * admission's Encounter is the same episode (the same id): it is checked to be one and mapped, nothing more is written.
 */
@ApplicationScoped
public class EpisodesImportPart implements ImportPart {

    /**
     * Wards come first, as Location ({@link WardFhir}); their ids are mapped under that type (also the one the audit
     * trail names them by), so the episodes' stays, later batches and the trail's lines find them.
     */
    static final String WARD = "Location";

    /** The waiting list's referrals, clinic management's (a community episode names the one it was accepted from). */
    static final String REFERRAL = "ServiceRequest";

    @Inject
    EpisodesFromImport episodes;

    @Inject
    FhirSupport fhir;

    @Override
    public String module() {
        return DischargeModule.NAME;
    }

    @Override
    public List<String> resourceTypes() {
        return List.of("Location", "EpisodeOfCare", "Encounter");
    }

    @Override
    public Set<String> needsFirst() {
        return Set.of("Patient", REFERRAL);
    }

    @Override
    public int load(String resourceType, List<String> lines, IdMap ids) {
        var parser = fhir.json();
        if ("Location".equals(resourceType)) {
            for (String line : lines) {
                WardFhir.ExportedWard w = WardFhir.from(parser.parseResource(org.hl7.fhir.r4.model.Location.class, line));
                if (ids.find(WARD, w.id()).isEmpty()) { // a repeated batch finds it mapped
                    ids.put(WARD, w.id(), episodes.ward(w.name(), w.closed()).toString());
                }
            }
            return lines.size();
        }
        if ("Encounter".equals(resourceType)) {
            for (String line : lines) {
                Encounter e = parser.parseResource(Encounter.class, line);
                String old = e.getIdElement().getIdPart();
                String episode = e.getEpisodeOfCareFirstRep().getReference();
                if (!("EpisodeOfCare/" + old).equals(episode)) {
                    throw new IllegalStateException("Encounter/" + old + " is not an admission's encounter (its episode is " + episode + ")");
                }
                ids.put("Encounter", old, ids.require("EpisodeOfCare", old));
            }
            return lines.size();
        }
        List<String> olds = new ArrayList<>(lines.size());
        List<ImportedEpisode> batch = new ArrayList<>(lines.size());
        Map<UUID, UUID> wardIds = new HashMap<>();
        for (String line : lines) {
            EpisodeOfCare r = parser.parseResource(EpisodeOfCare.class, line);
            EpisodeRecord.Read read = EpisodeRecord.read(DischargeRecord.of(r));
            for (EpisodeRecord.WardOfExport w : read.wards()) {
                String id = ids.find(WARD, w.id().toString()).orElseGet(() -> {
                    String made = episodes.ward(w.name(), w.closed()).toString();
                    ids.put(WARD, w.id().toString(), made);
                    return made;
                });
                wardIds.put(w.id(), UUID.fromString(id));
            }
            UUID patient = UUID.fromString(ids.reference(r.getPatient().getReference()).substring("Patient/".length()));
            org.openepr.discharge.domain.episodes.EpisodeOfCare.Imported episode = read.episode();
            if (episode.referralId() != null) {
                // under its new id once clinic management's part has loaded it; one the export did not hold stays as history
                UUID old = episode.referralId();
                episode = episode.withReferral(ids.find(REFERRAL, old.toString()).map(UUID::fromString).orElse(old));
            }
            batch.add(new ImportedEpisode(patient, episode, read.stays(), read.leave()));
            olds.add(r.getIdElement().getIdPart());
        }
        List<UUID> made = episodes.add(batch, wardIds);
        for (int i = 0; i < made.size(); i++) {
            ids.put("EpisodeOfCare", olds.get(i), made.get(i).toString());
        }
        return lines.size();
    }
}
