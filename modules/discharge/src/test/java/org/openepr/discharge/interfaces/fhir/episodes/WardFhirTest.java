package org.openepr.discharge.interfaces.fhir.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.util.UUID;
import org.hl7.fhir.r4.model.Location;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.episodes.Ward;

class WardFhirTest {

    static final FhirContext FHIR = FhirContext.forR4();

    @Test
    void aWardComesBackAsItWas_closedAsInactive() {
        Ward open = new Ward(UUID.randomUUID(), "Cedar ward");
        Ward closed = new Ward(UUID.randomUUID(), "Birch  ward (old)");
        closed.close();
        for (Ward w : new Ward[] {open, closed}) {
            Location l = FHIR.newJsonParser().parseResource(Location.class, FHIR.newJsonParser().encodeResourceToString(WardFhir.toFhir(w)));
            assertEquals(new WardFhir.ExportedWard(w.id().toString(), w.name(), w.isClosed()), WardFhir.from(l));
            assertEquals(w.id().toString(), l.getIdentifierFirstRep().getValue(), "the identifier an Encounter names the ward by");
            assertEquals(EpisodesFhir.WARD, l.getIdentifierFirstRep().getSystem());
            assertEquals(Location.LocationMode.INSTANCE, l.getMode());
            assertEquals("wa", l.getPhysicalType().getCodingFirstRep().getCode());
        }
        assertEquals(Location.LocationStatus.INACTIVE, WardFhir.toFhir(closed).getStatus());
        assertEquals(Location.LocationStatus.ACTIVE, WardFhir.toFhir(open).getStatus());
    }

    @Test
    void aLocationWithoutNameOrStatusIsRefusedNamingIt() {
        Location l = WardFhir.toFhir(new Ward(UUID.randomUUID(), "Oak ward"));
        l.setName(null);
        String message = assertThrows(IllegalArgumentException.class, () -> WardFhir.from(l)).getMessage();
        assertTrue(message.startsWith("Location/" + l.getIdElement().getIdPart()) && message.contains("name"), message);
        Location suspended = WardFhir.toFhir(new Ward(UUID.randomUUID(), "Oak ward")).setStatus(Location.LocationStatus.SUSPENDED);
        assertThrows(IllegalArgumentException.class, () -> WardFhir.from(suspended));
    }
}
