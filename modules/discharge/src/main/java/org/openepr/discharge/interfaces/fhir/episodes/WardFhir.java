package org.openepr.discharge.interfaces.fhir.episodes;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.openepr.discharge.domain.episodes.Ward;

/**
 * A ward of the trust as a FHIR {@code Location}, for the whole-trust export and its import: every ward, those no
 * episode names and closed ones too (closed is {@code inactive}). Its identifier is the one an Encounter's location
 * names the ward by ({@link EpisodesFhir#WARD}).
 */
final class WardFhir {

    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /** A ward as the export holds it. */
    record ExportedWard(String id, String name, boolean closed) {
    }

    private WardFhir() {
    }

    static Location toFhir(Ward w) {
        Location l = new Location();
        l.setId(w.id().toString());
        l.addIdentifier().setSystem(EpisodesFhir.WARD).setValue(w.id().toString());
        l.setStatus(w.isClosed() ? Location.LocationStatus.INACTIVE : Location.LocationStatus.ACTIVE);
        l.setName(w.name());
        l.setMode(Location.LocationMode.INSTANCE);
        l.setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, "wa", "Ward")));
        return l;
    }

    /** The ward a Location of ours describes; refused, naming it, when it has no name or status. */
    static ExportedWard from(Location l) {
        String id = l.getIdElement().getIdPart();
        if (l.getName() == null || l.getName().isBlank() || l.getStatus() == null
                || l.getStatus() == Location.LocationStatus.SUSPENDED) {
            throw new IllegalArgumentException("Location/" + id + " cannot be imported: a ward needs its name and status (active or inactive)");
        }
        return new ExportedWard(id, l.getName(), l.getStatus() == Location.LocationStatus.INACTIVE);
    }
}
