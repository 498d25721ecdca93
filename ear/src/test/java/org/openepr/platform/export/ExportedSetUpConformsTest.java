package org.openepr.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.openepr.it.support.Fhir;
import org.openepr.it.support.UkCore;
import org.openepr.platform.trust.LogoImage;

/**
 * The trust's set-up as the whole-trust export writes it (settings as Parameters, the logo as Binary, the staff
 * directory as Practitioner) is valid FHIR R4 with UK Core loaded, so another supplier's tools can read the archive.
 */
class ExportedSetUpConformsTest {

    static final Instant AT = Instant.parse("2027-03-03T10:15:30.123Z");

    @Test
    void aSettingConforms() {
        assertConforms(TrustSettingsExportPart.toFhir("discharge.max_hours_to_sign", "36", AT, "trust.admin"));
    }

    @Test
    void aLogoConforms() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#005EB8\"/></svg>";
        assertConforms(TrustLogoExportPart.toFhir("header", LogoImage.of(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)), AT, "trust.admin"));
    }

    @Test
    void aMemberOfStaffConforms() {
        assertConforms(StaffDirectoryExportPart.toFhir("rat.clinician", "Dr Ada Lovelace", List.of("clinician", "prescriber"), AT));
    }

    static void assertConforms(Resource resource) {
        String json = Fhir.json(resource);
        assertEquals(List.of(), UkCore.errors(json).stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList(), json);
    }
}
