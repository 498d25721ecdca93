package org.openepr.discharge.interfaces.fhir.episodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openepr.discharge.domain.episodes.Ward;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.UkCore;

/** A ward as the whole-trust export writes it (a Location) conforms, open or closed. In this package for the mapping. */
class ExportedWardConformsTest {

    @Test
    void aWardAsExportedConforms() {
        Ward closed = new Ward(UUID.randomUUID(), "Birch ward");
        closed.close();
        for (Ward w : List.of(new Ward(UUID.randomUUID(), "Cedar ward"), closed)) {
            String json = Fhir.json(WardFhir.toFhir(w));
            assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList(), json);
        }
    }
}
